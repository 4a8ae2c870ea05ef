/**
 * Who else follows the demo people: per centre, a socio-professional integration service (one
 * member worker, worker2@) and three partner organisations, created by the centre's administrator;
 * and referrals from the demo plans in each state a worker meets: waiting for an answer (so the
 * member's today list has one), accepted and running, ended, declined. They go through the same
 * use cases as a worker's clicks, each on its own day, so events and audit rows are as real.
 * The partners exist before the modules are seeded: a module can name one (by kind, in SQL).
 */
import { and, eq, inArray } from 'drizzle-orm';
import { manualClock } from '../clock.ts';
import { trajectories } from '../db/schema.ts';
import type { TenantTx } from '../db/tenancy.ts';
import { addDays } from '../domain/dates.ts';
import type { Actor } from '../features/auth/policy.ts';
import type { CentreContext } from '../features/context.ts';
import type { Referral } from '../features/referrals/schemas.ts';
import { acceptReferral, declineReferral, endReferral, sendReferral } from '../features/referrals/service.ts';
import { createService, setServiceMembers } from '../features/services/service.ts';

type Language = 'fr' | 'nl';

const TEXTS: Record<
  Language,
  {
    internal: { name: string; description: string; contact: string };
    partners: { name: string; description: string; contact: string }[];
    handover: string[];
    accepted: string;
    declined: string;
  }
> = {
  fr: {
    internal: {
      name: 'Service d’insertion socioprofessionnelle',
      description: 'Accompagnement vers la formation et l’emploi, articles 60 §7 et 61.',
      contact: 'Bureau 2.14 · 081 00 00 60 · isp@namur-demo.example',
    },
    partners: [
      {
        name: 'Centre de formation Les Tilleuls',
        description: 'Formations qualifiantes en logistique et en horticulture.',
        contact: 'Rue des Tilleuls 12, Namur · 081 00 00 71',
      },
      {
        name: 'Maison de l’emploi de Namur-Démo',
        description: 'Recherche d’emploi accompagnée, ateliers CV et entretiens.',
        contact: 'accueil@maison-emploi-demo.example · 081 00 00 72',
      },
      {
        name: 'Atelier de remobilisation Le Tremplin',
        description: 'Activités collectives de reprise de confiance et de rythme.',
        contact: '081 00 00 73',
      },
    ],
    handover: [
      'Souhaite une formation qualifiante dans la logistique. Permis B en cours, disponible le matin. Budget stabilisé depuis l’été.',
      'Projet de travail en article 60 : expérience en cuisine collective, bonne motivation, garde des enfants organisée.',
      'Demande un accompagnement vers l’emploi. A besoin d’aide pour le CV et la préparation des entretiens.',
      'Isolement important : une activité collective en petit groupe serait un premier pas. Prévenir avant tout courrier.',
    ],
    accepted: 'Premier rendez-vous fixé au service.',
    declined: 'Plus de place dans le groupe avant le printemps : nous vous recontactons en mars.',
  },
  nl: {
    internal: {
      name: 'Dienst socio-professionele inschakeling',
      description: 'Begeleiding naar opleiding en werk, artikel 60 §7 en 61.',
      contact: 'Lokaal 2.14 · 09 000 00 60 · tewerkstelling@gent-demo.example',
    },
    partners: [
      {
        name: 'Opleidingscentrum De Brug',
        description: 'Kwalificerende opleidingen logistiek en groenonderhoud.',
        contact: 'Brugstraat 12, Gent · 09 000 00 71',
      },
      {
        name: 'Werkwinkel Gent-Demo',
        description: 'Begeleid zoeken naar werk, cv- en sollicitatieworkshops.',
        contact: 'onthaal@werkwinkel-demo.example · 09 000 00 72',
      },
      {
        name: 'Activeringsproject De Kiem',
        description: 'Groepsactiviteiten om weer ritme en zelfvertrouwen op te bouwen.',
        contact: '09 000 00 73',
      },
    ],
    handover: [
      'Wil een kwalificerende opleiding logistiek volgen. Rijbewijs B in aanvraag, beschikbaar in de voormiddag. Budget stabiel sinds de zomer.',
      'Project artikel 60: ervaring in een grootkeuken, goed gemotiveerd, kinderopvang geregeld.',
      'Vraagt begeleiding naar werk. Heeft hulp nodig bij het cv en het voorbereiden van sollicitaties.',
      'Sterk geïsoleerd: een groepsactiviteit in een kleine groep is een eerste stap. Eerst bellen voor een brief.',
    ],
    accepted: 'Eerste afspraak vastgelegd bij de dienst.',
    declined: 'Geen plaats meer in de groep voor de lente: we nemen in maart opnieuw contact op.',
  },
};

interface DemoFile {
  personId: string;
  responsibleUserId: string;
}

/** Small seeded generator (as demo.ts): the demo must not change between runs. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Seeds the services and referrals of one demo centre, after its plans. Returns the ids of the
 * partner organisations it created (for the modules a partner runs).
 */
export async function seedReferrals(
  tx: TenantTx,
  centre: { centreId: string; language: Language; today: string },
  files: DemoFile[],
  actors: Record<string, Pick<Actor, 'displayName' | 'email' | 'role' | 'locale'>>,
): Promise<{ internalServiceId: string; partnerIds: string[] }> {
  const text = TEXTS[centre.language];
  const next = random(centre.language === 'fr' ? 5300 : 9300);
  const as = (userId: string, day: string): CentreContext => {
    const actor = actors[userId];
    if (!actor) throw new Error('demo user missing');
    return {
      clock: manualClock(`${day}T10:00:00Z`),
      actor: { ...actor, userId, centreId: centre.centreId, sessionIdHash: null },
      requestId: 'demo-seed',
      address: '127.0.0.1',
    };
  };
  const daysAgo = (n: number) => addDays(centre.today, -n);
  /** A demo account of this centre by the start of its e-mail (worker2@…: worker2). */
  const user = (login: string) =>
    Object.entries(actors).find(([, actor]) => actor.email.startsWith(`${login}@`))?.[0];
  const admin = user('admin');
  // Nadia Benali (Namur) and Jonas Wouters (Gent) answer for the integration service; their
  // colleagues refer people to it (as a worker of a second-line service would, the member refers
  // her own people to a partner instead).
  const member = user('worker2');
  if (!admin || !member) throw new Error('demo team incomplete');

  // Set up long before the referrals: the service existed when the first one was sent.
  const setUp = as(admin, daysAgo(120));
  const isp = await createService(tx, setUp, { kind: 'internal', ...text.internal });
  await setServiceMembers(tx, setUp, isp.id, { userIds: [member], version: isp.version });
  const partners = [];
  for (const partner of text.partners)
    partners.push(await createService(tx, setUp, { kind: 'partner', ...partner }));
  const [training, employment, remobilisation] = partners;
  if (!training || !employment || !remobilisation) throw new Error('demo partners missing');

  const plans = await tx
    .select({ id: trajectories.id, personId: trajectories.personId })
    .from(trajectories)
    .where(
      and(
        eq(trajectories.centreId, centre.centreId),
        inArray(
          trajectories.personId,
          files.map((f) => f.personId),
        ),
      ),
    );
  const planOf = (file: DemoFile | undefined) => {
    const plan = plans.find((p) => p.personId === file?.personId);
    if (!file || !plan) throw new Error('demo plan missing');
    return { file, planId: plan.id };
  };
  /** To the integration service, unless the file's worker is its member: then to a partner. */
  const secondLine = (file: DemoFile) => (file.responsibleUserId === member ? remobilisation : isp);
  /** Who answers: the member for the service; for a partner, the worker who sent the person. */
  const answerer = (file: DemoFile, serviceId: string) =>
    serviceId === isp.id ? member : file.responsibleUserId;
  let note = 0;
  const send = (
    file: DemoFile,
    planId: string,
    day: string,
    body: { serviceId: string; toUserId?: string },
  ) =>
    sendReferral(tx, as(file.responsibleUserId, day), planId, {
      ...body,
      handoverNote: text.handover[note++ % text.handover.length] as string,
      sentOn: day,
    });
  const accept = (file: DemoFile, referral: Referral, day: string) =>
    acceptReferral(tx, as(answerer(file, referral.service.id), day), referral.id, {
      version: referral.version,
      answeredOn: day,
      ...(referral.service.kind === 'internal' ? { note: text.accepted } : {}),
    });

  // The plans of demo-plans.ts, in its order: a draft, an informed plan, then three active ones.
  const [, second, third, fourth, fifth] = files;
  const jitter = () => Math.floor(next() * 3);

  // Running: taken on by the integration service five weeks ago.
  {
    const { file, planId } = planOf(third);
    const sentOn = daysAgo(40 + jitter());
    const referral = await send(file, planId, sentOn, { serviceId: secondLine(file).id });
    await accept(file, referral, addDays(sentOn, 4));
  }
  // Running with a partner: its yes recorded by the worker who sent the person there.
  {
    const { file, planId } = planOf(fourth);
    const sentOn = daysAgo(20 + jitter());
    const referral = await send(file, planId, sentOn, { serviceId: training.id });
    await accept(file, referral, addDays(sentOn, 6));
  }
  // A first period with the service, ended; sent again three days ago: waits for the service.
  {
    const { file, planId } = planOf(fifth);
    const serviceId = secondLine(file).id;
    const sentOn = daysAgo(75 + jitter());
    const first = await send(file, planId, sentOn, { serviceId });
    const running = await accept(file, first, addDays(sentOn, 3));
    await endReferral(tx, as(answerer(file, serviceId), daysAgo(25)), first.id, {
      version: running.version,
      endedOn: daysAgo(25),
    });
    await send(file, planId, daysAgo(3), { serviceId });
  }
  // Declined by a partner with no room; then sent yesterday to the service, to its member by name.
  {
    const { file, planId } = planOf(second);
    const sentOn = daysAgo(10);
    const referral = await send(file, planId, sentOn, { serviceId: employment.id });
    await declineReferral(tx, as(file.responsibleUserId, daysAgo(7)), referral.id, {
      version: referral.version,
      answeredOn: daysAgo(7),
      note: text.declined,
    });
    const next = secondLine(file);
    await send(file, planId, daysAgo(1), {
      serviceId: next.id,
      ...(next.id === isp.id ? { toUserId: member } : {}),
    });
  }
  return { internalServiceId: isp.id, partnerIds: partners.map((p) => p.id) };
}
