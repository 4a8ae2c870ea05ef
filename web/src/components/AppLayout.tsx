import { AppShell, Box, Burger, Button, Group, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { Navigate, Outlet, useLocation, useMatchRoute } from '@tanstack/react-router';
import { type ReactNode, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { can, FOLLOWER_ROLES } from '../../../src/features/auth/policy.ts';
import { meQuery, useLogout } from '../features/auth/session.ts';
import classes from './AppLayout.module.css';
import { FlashMessage } from './Flash.tsx';
import { LanguageSwitcher } from './LanguageSwitcher.tsx';
import { NavLinkRouter } from './links.tsx';

export const MAIN_ID = 'main';

export function AppLayout() {
  const { t } = useTranslation();
  const { data: me } = useQuery(meQuery);
  const logout = useLogout();
  const matchRoute = useMatchRoute();
  const pathname = useLocation({ select: (location) => location.pathname });
  const lastPath = useRef(pathname);
  // The navigation is a side bar on a desk and a menu behind a button on a phone.
  const [menuOpened, menu] = useDisclosure(false);
  const closeMenu = menu.close;

  // A new screen takes the focus to its main region, as a page load would, so keyboard and
  // screen-reader users start reading it from the top. Typing a search changes only ?q=, not this.
  useEffect(() => {
    if (pathname === lastPath.current) return;
    lastPath.current = pathname;
    closeMenu();
    document.getElementById(MAIN_ID)?.focus({ preventScroll: true });
  }, [pathname, closeMenu]);

  // The session ended (logout, expiry): every screen below needs one.
  if (!me) return <Navigate to="/login" replace />;

  const seesPersons = me.user.role !== 'federal';
  const onToday = Boolean(matchRoute({ to: '/' }));
  const onDashboard = Boolean(matchRoute({ to: '/dashboard' }));
  const onPersons =
    Boolean(matchRoute({ to: '/persons', fuzzy: true })) ||
    Boolean(matchRoute({ to: '/assessments', fuzzy: true }));
  const onInstruments = Boolean(matchRoute({ to: '/instruments', fuzzy: true }));
  // Loading instruments is the administrator's job; workers meet them in the measurement form.
  const seesInstruments = me.user.role === 'admin';
  // Handing files over is the team lead's (and the administrator's) job.
  const seesWorkers = can(me.user, 'person.assign');
  const onWorkers = Boolean(matchRoute({ to: '/workers', fuzzy: true }));
  const seesCentre = can(me.user, 'centre.manage');
  const onCentre = Boolean(matchRoute({ to: '/centre', fuzzy: true }));
  const seesAudit = can(me.user, 'audit.read');
  const onAudit = Boolean(matchRoute({ to: '/audit', fuzzy: true }));
  // Referrals are answered by the workers of a second-line service (workers and leads follow people).
  const seesReferrals = FOLLOWER_ROLES.includes(me.user.role);
  const onReferrals = Boolean(matchRoute({ to: '/referrals', fuzzy: true }));
  // Services and partners are the administrator's to manage.
  const seesServices = can(me.user, 'services.manage');
  const onServices = Boolean(matchRoute({ to: '/services', fuzzy: true }));
  // The sanction proposals waiting for an answer: the lead's (and, by policy, the administrator's).
  const seesSanctions = can(me.user, 'sanction.approve');
  const onSanctions = Boolean(matchRoute({ to: '/sanctions', fuzzy: true }));
  // The yearly report: the lead reads it, the administrator also sets and closes the year.
  const seesReports = can(me.user, 'report.read');
  const onReports = Boolean(matchRoute({ to: '/reports', fuzzy: true }));
  // Everyone in the centre reads the module catalogue; the administrator manages it.
  const onModules = Boolean(matchRoute({ to: '/modules', fuzzy: true }));
  // Study questionnaires: the federal analyst and administrators manage them, workers and leads answer.
  const seesStudies = can(me.user, 'studies.manage') || can(me.user, 'studies.answer');
  const onStudies = Boolean(matchRoute({ to: '/studies', fuzzy: true }));
  const onFederal = Boolean(matchRoute({ to: '/federal', fuzzy: true }));
  // The federal analyst belongs to no centre: a navigation of its own, a list that grows with the federal pages.
  const federalLinks =
    me.user.role === 'federal'
      ? [
          { to: '/', label: t('nav.federalHome'), current: onToday },
          ...(seesStudies ? [{ to: '/studies', label: t('nav.studies'), current: onStudies }] : []),
          { to: '/federal', label: t('federal.page.nav'), current: onFederal },
        ]
      : [];
  const hasNavigation = seesPersons || federalLinks.length > 0;

  return (
    <AppShell
      header={{ height: { base: 96, sm: 56 } }}
      navbar={
        hasNavigation ? { width: 210, breakpoint: 'sm', collapsed: { mobile: !menuOpened } } : undefined
      }
      padding="md"
    >
      <a
        className={classes.skipLink}
        href={`#${MAIN_ID}`}
        onClick={(event) => {
          // The router owns the URL: move the focus without touching it.
          event.preventDefault();
          document.getElementById(MAIN_ID)?.focus();
        }}
      >
        {t('app.skipToContent')}
      </a>
      <AppShell.Header className={classes.header}>
        <Group h="100%" px="md" justify="space-between" gap="xs" wrap="wrap" className={classes.bar}>
          <Group gap="sm" wrap="nowrap">
            {hasNavigation && (
              <Burger
                opened={menuOpened}
                onClick={menu.toggle}
                hiddenFrom="sm"
                size="sm"
                aria-label={t('nav.menu')}
                aria-expanded={menuOpened}
                aria-controls="main-navigation"
              />
            )}
            <Box>
              <Text component="p" fw={700} c="blue.8" lh={1.1}>
                {t('app.name')}
              </Text>
              {me.centre && (
                <Text component="p" size="xs" c="dimmed" lh={1.2}>
                  {me.centre.name}
                </Text>
              )}
            </Box>
          </Group>
          <Group gap="sm" wrap="nowrap">
            <Box ta="right" visibleFrom="xs">
              <Text component="p" size="sm" lh={1.2}>
                {me.user.displayName}
              </Text>
              <Text component="p" size="xs" c="dimmed" lh={1.2}>
                {t(`roles.${me.user.role}`)}
              </Text>
            </Box>
            <LanguageSwitcher />
            <Button
              size="compact-sm"
              variant="default"
              loading={logout.isPending}
              onClick={() => logout.mutate()}
            >
              {t('nav.logout')}
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      {seesPersons && (
        <AppShell.Navbar
          id="main-navigation"
          p="xs"
          aria-label={t('nav.label')}
          // Any link chosen closes the phone menu, the current page's included.
          onClick={(event) => {
            if ((event.target as HTMLElement).closest('a')) closeMenu();
          }}
        >
          <NavButton to="/" current={onToday}>
            {t('nav.today')}
          </NavButton>
          <NavButton to="/dashboard" current={onDashboard}>
            {t('nav.dashboard')}
          </NavButton>
          <NavButton to="/persons" current={onPersons}>
            {t('nav.persons')}
          </NavButton>
          {seesReferrals && (
            <NavButton to="/referrals" current={onReferrals}>
              {t('nav.referrals')}
            </NavButton>
          )}
          <NavButton to="/modules" current={onModules}>
            {t('nav.modules')}
          </NavButton>
          {seesStudies && (
            <NavButton to="/studies" current={onStudies}>
              {t('nav.studies')}
            </NavButton>
          )}
          {seesInstruments && (
            <NavButton to="/instruments" current={onInstruments}>
              {t('nav.instruments')}
            </NavButton>
          )}
          {seesWorkers && (
            <NavButton to="/workers" current={onWorkers}>
              {t('nav.workers')}
            </NavButton>
          )}
          {seesSanctions && (
            <NavButton to="/sanctions" current={onSanctions}>
              {t('nav.sanctions')}
            </NavButton>
          )}
          {seesReports && (
            <NavButton to="/reports" current={onReports}>
              {t('nav.reports')}
            </NavButton>
          )}
          {seesServices && (
            <NavButton to="/services" current={onServices}>
              {t('nav.services')}
            </NavButton>
          )}
          {seesCentre && (
            <NavButton to="/centre" current={onCentre}>
              {t('nav.centre')}
            </NavButton>
          )}
          {seesAudit && (
            <NavButton to="/audit" current={onAudit}>
              {t('nav.audit')}
            </NavButton>
          )}
        </AppShell.Navbar>
      )}
      {federalLinks.length > 0 && (
        <AppShell.Navbar
          id="main-navigation"
          p="xs"
          aria-label={t('nav.label')}
          onClick={(event) => {
            if ((event.target as HTMLElement).closest('a')) closeMenu();
          }}
        >
          {federalLinks.map((link) => (
            <NavButton key={link.to} to={link.to} current={link.current}>
              {link.label}
            </NavButton>
          ))}
        </AppShell.Navbar>
      )}
      <AppShell.Main id={MAIN_ID} tabIndex={-1} className={classes.main}>
        <FlashMessage />
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}

/** A link of the main navigation, marked as the current page when it is. */
function NavButton({ to, current, children }: { to: string; current: boolean; children: ReactNode }) {
  return (
    <NavLinkRouter
      to={to}
      label={children}
      active={current}
      aria-current={current ? 'page' : undefined}
      variant="light"
      className={classes.navLink}
    />
  );
}
