/** The route tree, written out in code: one place to read every address of the app. */
import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  Outlet,
  redirect,
} from '@tanstack/react-router';
import { isApiError } from './api/client.ts';
import { AppLayout } from './components/AppLayout.tsx';
import { NotFound } from './components/NotFound.tsx';
import { ProblemAlert } from './components/ProblemAlert.tsx';
import { EditAssessmentPage } from './features/assessments/EditAssessmentPage.tsx';
import { NewAssessmentPage } from './features/assessments/NewAssessmentPage.tsx';
import { AuditPage } from './features/audit/AuditPage.tsx';
import type { AuditFilters } from './features/audit/api.ts';
import { LoginPage } from './features/auth/LoginPage.tsx';
import { meQuery } from './features/auth/session.ts';
import { CentrePage } from './features/centre/CentrePage.tsx';
import { DashboardPage } from './features/dashboards/DashboardPage.tsx';
import { EvaluationPage } from './features/evaluations/EvaluationPage.tsx';
import { NewEvaluationPage } from './features/evaluations/NewEvaluationPage.tsx';
import { defaultFederalYear, GROUPINGS, type Grouping } from './features/federal/api.ts';
import { FederalPage } from './features/federal/FederalPage.tsx';
import { FeedbackPage } from './features/feedback/FeedbackPage.tsx';
import { FederalHome } from './features/home/FederalHome.tsx';
import { InstrumentsPage } from './features/instruments/InstrumentsPage.tsx';
import { CorrectMeasurementPage } from './features/measurements/CorrectMeasurementPage.tsx';
import { MeasurementPage } from './features/measurements/MeasurementPage.tsx';
import { NewMeasurementPage } from './features/measurements/NewMeasurementPage.tsx';
import { AttendancePage } from './features/modules/AttendancePage.tsx';
import { ModulePage } from './features/modules/ModulePage.tsx';
import { ModulesPage } from './features/modules/ModulesPage.tsx';
import { EditPersonPage } from './features/persons/EditPersonPage.tsx';
import { NewPersonPage } from './features/persons/NewPersonPage.tsx';
import { PersonPage } from './features/persons/PersonPage.tsx';
import { PersonsListPage } from './features/persons/PersonsListPage.tsx';
import { PersonsSection } from './features/persons/PersonsSection.tsx';
import { ReferralsPage } from './features/referrals/ReferralsPage.tsx';
import { MembersPage } from './features/reports/MembersPage.tsx';
import { defaultReportYear, ReportPage } from './features/reports/ReportPage.tsx';
import { SanctionsPage } from './features/sanctions/SanctionsPage.tsx';
import { ServicesPage } from './features/services/ServicesPage.tsx';
import { StudiesPage } from './features/studies/StudiesPage.tsx';
import { NewStudyPage, StudyPage } from './features/studies/StudyPage.tsx';
import { TodayPage } from './features/today/TodayPage.tsx';
import { EditPlanPage } from './features/trajectories/EditPlanPage.tsx';
import { NewPlanPage } from './features/trajectories/NewPlanPage.tsx';
import { PlanPage } from './features/trajectories/PlanPage.tsx';
import { WorkersPage } from './features/workers/WorkersPage.tsx';
import { applyLocale } from './i18n.ts';

// A session that ends on the server (expiry, logout elsewhere) shows up as a 401 on any call:
// forgetting the user sends every screen back to the login page.
const forgetUserOn401 = (error: unknown) => {
  if (isApiError(error, 401)) queryClient.setQueryData(meQuery.queryKey, null);
};

export const queryClient = new QueryClient({
  queryCache: new QueryCache({ onError: forgetUserOn401 }),
  mutationCache: new MutationCache({ onError: forgetUserOn401 }),
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      // A refusal (4xx) will not change by asking again; only server or network trouble is retried.
      retry: (failures, error) => failures < 2 && !(isApiError(error) && error.status < 500),
    },
  },
});

const rootRoute = createRootRouteWithContext<{ queryClient: QueryClient }>()({
  component: Outlet,
  notFoundComponent: () => <NotFound standalone />,
});

const loginRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/login',
  validateSearch: (search: Record<string, unknown>): { redirect?: string } =>
    typeof search.redirect === 'string' ? { redirect: search.redirect } : {},
  beforeLoad: async ({ context }) => {
    if (await context.queryClient.ensureQueryData(meQuery)) throw redirect({ to: '/' });
  },
  component: function Login() {
    const { redirect: target } = loginRoute.useSearch();
    return <LoginPage redirect={target} />;
  },
});

/** Everything behind the login: the shell, in the user's remembered language. */
const appRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'app',
  beforeLoad: async ({ context, location }) => {
    const me = await context.queryClient.ensureQueryData(meQuery);
    if (!me) throw redirect({ to: '/login', search: { redirect: location.href } });
    await applyLocale(me.user.locale);
    return { me };
  },
  component: AppLayout,
  notFoundComponent: () => <NotFound />,
  errorComponent: ({ error }) => <ProblemAlert error={error} m="md" />,
});

/** Home: the worker's day (`?worker=` another worker's, for a lead); the federal analyst's aggregates. */
const homeRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/',
  validateSearch: (search: Record<string, unknown>): { worker?: string } =>
    typeof search.worker === 'string' && search.worker ? { worker: search.worker } : {},
  component: function Home() {
    const { me } = homeRoute.useRouteContext();
    const { worker } = homeRoute.useSearch();
    if (me.user.role === 'federal') return <FederalHome />;
    return <TodayPage me={me} workerId={worker} />;
  },
});

/** The dashboard: the worker's figures; for a lead, the team's and the centre's over a period (`?from=&to=`). */
const dashboardRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'dashboard',
  validateSearch: (search: Record<string, unknown>): { from?: string; to?: string } =>
    Object.fromEntries(
      (['from', 'to'] as const)
        .filter((key) => typeof search[key] === 'string' && search[key])
        .map((key) => [key, search[key]]),
    ),
  component: function Dashboard() {
    const { me } = dashboardRoute.useRouteContext();
    const period = dashboardRoute.useSearch();
    const navigate = dashboardRoute.useNavigate();
    return <DashboardPage me={me} period={period} onPeriodChange={(search) => navigate({ search })} />;
  },
});

const personsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'persons',
  component: PersonsSection,
});

const personsListRoute = createRoute({
  getParentRoute: () => personsRoute,
  path: '/',
  validateSearch: (search: Record<string, unknown>): { q?: string; scope?: 'mine' | 'centre' } => ({
    ...(typeof search.q === 'string' && search.q ? { q: search.q } : {}),
    ...(search.scope === 'mine' || search.scope === 'centre' ? { scope: search.scope } : {}),
  }),
  component: function PersonsList() {
    const { q, scope } = personsListRoute.useSearch();
    return <PersonsListPage q={q ?? ''} scope={scope} />;
  },
});

const newPersonRoute = createRoute({
  getParentRoute: () => personsRoute,
  path: 'new',
  component: NewPersonPage,
});

/** ?instrument= names the instrument whose progress is shown, on the person page and the form. */
const instrumentSearch = (search: Record<string, unknown>): { instrument?: string } =>
  typeof search.instrument === 'string' && search.instrument ? { instrument: search.instrument } : {};

const personRoute = createRoute({
  getParentRoute: () => personsRoute,
  path: '$id',
  validateSearch: instrumentSearch,
  component: function Person() {
    const { id } = personRoute.useParams();
    const { instrument } = personRoute.useSearch();
    return <PersonPage id={id} instrument={instrument} />;
  },
});

const editPersonRoute = createRoute({
  getParentRoute: () => personsRoute,
  path: '$id/edit',
  component: function EditPerson() {
    const { id } = editPersonRoute.useParams();
    return <EditPersonPage id={id} />;
  },
});

const newAssessmentRoute = createRoute({
  getParentRoute: () => personsRoute,
  path: '$id/assessments/new',
  component: function NewAssessment() {
    const { id } = newAssessmentRoute.useParams();
    return <NewAssessmentPage personId={id} />;
  },
});

const newMeasurementRoute = createRoute({
  getParentRoute: () => personsRoute,
  path: '$id/measurements/new',
  validateSearch: instrumentSearch,
  component: function NewMeasurement() {
    const { id } = newMeasurementRoute.useParams();
    const { instrument } = newMeasurementRoute.useSearch();
    return <NewMeasurementPage personId={id} instrument={instrument} />;
  },
});

/** A measurement's own page, linked from the history and the progress charts. */
const measurementRoute = createRoute({
  getParentRoute: () => personsRoute,
  path: '$id/measurements/$measurementId',
  component: function Measurement() {
    const { id, measurementId } = measurementRoute.useParams();
    return <MeasurementPage personId={id} id={measurementId} />;
  },
});

const correctMeasurementRoute = createRoute({
  getParentRoute: () => personsRoute,
  path: '$id/measurements/$measurementId/correct',
  component: function CorrectMeasurement() {
    const { id, measurementId } = correctMeasurementRoute.useParams();
    return <CorrectMeasurementPage personId={id} id={measurementId} />;
  },
});

const newPlanRoute = createRoute({
  getParentRoute: () => personsRoute,
  path: '$id/plans/new',
  component: function NewPlan() {
    const { id } = newPlanRoute.useParams();
    return <NewPlanPage personId={id} />;
  },
});

/** A plan has its own address, under the persons section's guard (no federal role). */
const plansRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'plans',
  component: PersonsSection,
});

const planRoute = createRoute({
  getParentRoute: () => plansRoute,
  path: '$id',
  component: function Plan() {
    const { id } = planRoute.useParams();
    return <PlanPage id={id} />;
  },
});

const editPlanRoute = createRoute({
  getParentRoute: () => plansRoute,
  path: '$id/edit',
  component: function EditPlan() {
    const { id } = editPlanRoute.useParams();
    return <EditPlanPage id={id} />;
  },
});

/** Recording an evaluation from its plan (the today list links here too). */
const newEvaluationRoute = createRoute({
  getParentRoute: () => plansRoute,
  path: '$id/evaluations/new',
  component: function NewEvaluation() {
    const { id } = newEvaluationRoute.useParams();
    return <NewEvaluationPage planId={id} />;
  },
});

/** An evaluation has its own address, under the persons section's guard (no federal role). */
const evaluationsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'evaluations',
  component: PersonsSection,
});

const evaluationRoute = createRoute({
  getParentRoute: () => evaluationsRoute,
  path: '$id',
  component: function EvaluationRoute() {
    const { id } = evaluationRoute.useParams();
    return <EvaluationPage id={id} />;
  },
});

/** An assessment has its own address; the persons section's guard (no federal role) applies to it. */
const assessmentsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'assessments',
  component: PersonsSection,
});

const editAssessmentRoute = createRoute({
  getParentRoute: () => assessmentsRoute,
  path: '$id/edit',
  component: function EditAssessment() {
    const { id } = editAssessmentRoute.useParams();
    return <EditAssessmentPage id={id} />;
  },
});

const instrumentsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'instruments',
  component: InstrumentsPage,
});

const workersRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'workers',
  component: WorkersPage,
});

/** The referrals waiting for the worker's answer, as a member of a second-line service. */
const referralsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'referrals',
  component: ReferralsPage,
});

/** The centre's second-line services and partner organisations (administrators manage them). */
const servicesRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'services',
  component: ServicesPage,
});

/** The module catalogue, a module, and a session's attendance (no federal role: people are named). */
const modulesRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'modules',
  component: PersonsSection,
});

const modulesListRoute = createRoute({
  getParentRoute: () => modulesRoute,
  path: '/',
  component: ModulesPage,
});

const moduleRoute = createRoute({
  getParentRoute: () => modulesRoute,
  path: '$id',
  component: function Module() {
    const { id } = moduleRoute.useParams();
    return <ModulePage id={id} />;
  },
});

const attendanceRoute = createRoute({
  getParentRoute: () => modulesRoute,
  path: '$id/sessions/$sessionId',
  component: function Attendance() {
    const { id, sessionId } = attendanceRoute.useParams();
    return <AttendancePage moduleId={id} sessionId={sessionId} />;
  },
});

/** The centre's rules for plans and its signing delegations (administrators change them). */
const centreRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'centre',
  component: CentrePage,
});

/** The sanction proposals waiting for an answer (the lead's to-do). */
const sanctionsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'sanctions',
  component: SanctionsPage,
});

/** The audit trail; its filters are in the address (?personId=&userId=&action=&from=&to=). */
const auditRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'audit',
  validateSearch: (search: Record<string, unknown>): AuditFilters =>
    Object.fromEntries(
      (['personId', 'userId', 'action', 'from', 'to'] as const)
        .filter((key) => typeof search[key] === 'string' && search[key])
        .map((key) => [key, search[key]]),
    ) as AuditFilters,
  component: function Audit() {
    const filters = auditRoute.useSearch();
    const navigate = auditRoute.useNavigate();
    return <AuditPage filters={filters} onFiltersChange={(search) => navigate({ search, replace: true })} />;
  },
});

/** A year in the address (`?year=2025`), read as a number whether the router parsed it or not. */
const yearSearch = (value: unknown): number | undefined => {
  const year = typeof value === 'string' ? Number(value) : value;
  return typeof year === 'number' && Number.isInteger(year) && year >= 2000 && year <= 2100
    ? year
    : undefined;
};

/** The centre's yearly report (`?year=`, last year by default); leads and administrators. */
const reportsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'reports',
  validateSearch: (search: Record<string, unknown>): { year?: number } => {
    const year = yearSearch(search.year);
    return year === undefined ? {} : { year };
  },
  component: function Reports() {
    const { me } = reportsRoute.useRouteContext();
    const { year } = reportsRoute.useSearch();
    const navigate = reportsRoute.useNavigate();
    return (
      <ReportPage
        me={me}
        year={year ?? defaultReportYear(me.today)}
        onYearChange={(next) => navigate({ search: { year: next } })}
      />
    );
  },
});

/** Who is behind one figure of the report (`?year=&cell=`, `&label=` the figure's name as shown). */
const reportMembersRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'reports/members',
  validateSearch: (search: Record<string, unknown>): { year: number; cell: string; label?: string } => ({
    year: yearSearch(search.year) ?? 0,
    cell: typeof search.cell === 'string' ? search.cell : '',
    ...(typeof search.label === 'string' && search.label ? { label: search.label } : {}),
  }),
  component: function ReportMembers() {
    const { year, cell, label } = reportMembersRoute.useSearch();
    return <MembersPage year={year} cell={cell} label={label} />;
  },
});

/** The federal figures (`?year=`, last year by default; `&by=region|sizeBand`, the country only by default). */
const federalRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'federal',
  validateSearch: (search: Record<string, unknown>): { year?: number; by?: Grouping } => {
    const year = yearSearch(search.year);
    const by = GROUPINGS.find((grouping) => grouping === search.by);
    return { ...(year === undefined ? {} : { year }), ...(by === undefined ? {} : { by }) };
  },
  component: function Federal() {
    const { me } = federalRoute.useRouteContext();
    const { year, by } = federalRoute.useSearch();
    const navigate = federalRoute.useNavigate();
    return (
      <FederalPage
        me={me}
        year={year ?? defaultFederalYear(me.today)}
        by={by ?? 'none'}
        onChange={(search) => navigate({ search })}
      />
    );
  },
});

/**
 * The person's anonymous questionnaire (a one-time link, or the worker's tablet): outside the
 * signed-in shell, no navigation and nothing of anyone's session.
 */
const feedbackRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/feedback/$secret',
  component: function Feedback() {
    const { secret } = feedbackRoute.useParams();
    return <FeedbackPage secret={secret} />;
  },
});

/** Study questionnaires: managers write and publish them, workers and leads answer them. */
const studiesRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'studies',
  component: StudiesPage,
});

const newStudyRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'studies/new',
  component: NewStudyPage,
});

const studyRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'studies/$id',
  component: function Study() {
    const { id } = studyRoute.useParams();
    return <StudyPage id={id} />;
  },
});

const routeTree = rootRoute.addChildren([
  loginRoute,
  feedbackRoute,
  appRoute.addChildren([
    homeRoute,
    dashboardRoute,
    personsRoute.addChildren([
      personsListRoute,
      newPersonRoute,
      personRoute,
      editPersonRoute,
      newAssessmentRoute,
      newMeasurementRoute,
      measurementRoute,
      correctMeasurementRoute,
      newPlanRoute,
    ]),
    plansRoute.addChildren([planRoute, editPlanRoute, newEvaluationRoute]),
    evaluationsRoute.addChildren([evaluationRoute]),
    assessmentsRoute.addChildren([editAssessmentRoute]),
    instrumentsRoute,
    workersRoute,
    referralsRoute,
    servicesRoute,
    modulesRoute.addChildren([modulesListRoute, moduleRoute, attendanceRoute]),
    centreRoute,
    sanctionsRoute,
    auditRoute,
    reportsRoute,
    reportMembersRoute,
    federalRoute,
    studiesRoute,
    newStudyRoute,
    studyRoute,
  ]),
]);

export const router = createRouter({
  routeTree,
  context: { queryClient },
  defaultPreload: false,
  scrollRestoration: true,
});

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router;
  }
}
