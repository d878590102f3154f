import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { randomBytes } from 'node:crypto';
import type { Logger } from 'pino';
import { SYSTEM_ACTOR } from '../common/tx-scope.js';
import { authenticate } from '../auth/authenticate.js';
import { hashPassword } from '../auth/passwords.js';
import { Rep, RepRole } from '../auth/rep.entity.js';
import { ViewerKind, type Viewer } from '../auth/viewer.js';
import type { Config } from '../common/config.js';
import { Escalation, EscalationKind } from '../escalations/escalation.entity.js';
import { createRequestContext, deriveRequestContext } from '../common/request-context.js';
import { graphQLContext, type RequestContext } from '../graphql/context.js';
import { OrderStatus } from '../orders/order-status.js';
import { Order } from '../orders/order.entity.js';
import type { PlaceOrderInput } from '../orders/order.types.js';
import { Offer, ServiceKind } from '../orders/service-line.js';
import { Organization, OrganizationKind } from '../organizations/organization.entity.js';
import { User, UserRole } from '../organizations/user.entity.js';
import { OutboxMessage, OutboxStatus } from '../outbox/outbox-message.entity.js';
import { recordOutcomes } from '../outbox/outbox-states.js';
import { SetupOwner, SetupRole, SetupStep } from '../setup/setup-enums.js';
import type { Services } from '../services.js';

/**
 * A small, realistic demo dataset for the embedded mode's first start: four partners, a handful of
 * customers and an order in every status, with open escalations for the reps' queue. It is made
 * by the real services (intake, links, the wizard, the reps' own operations) at instants in the
 * past, so every order has the timeline it would have had. Orders and organizations carry
 * `demo = true`; people use `.example` addresses; the demo emails are marked delivered (one as
 * bounced) so nothing is ever sent to them. Never in production (see runtime.ts).
 */

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export interface DemoSeedDependencies {
  config: Config;
  services: Services;
  log: Logger;
  /** "Now" for the dataset: everything is placed in the days before it. */
  now: Date;
}

/** Only the embedded database (the "try it" mode) gets demo data, and never in production. */
export function shouldSeedDemoData(config: Config, embedded: boolean): boolean {
  return embedded && !config.production;
}

/** Seeds the demo data unless some exists. Returns whether it seeded. */
export async function seedDemoData(orm: MikroORM, deps: DemoSeedDependencies): Promise<boolean> {
  const em = orm.em.fork();
  const existing = (await em.count(Order, { demo: true })) + (await em.count(Organization, { demo: true }));
  if (existing > 0) return false;
  await new DemoWorld(orm, deps).build();
  deps.log.info('demo data seeded (orders and organizations marked demo)');
  return true;
}

const INTAKE: Viewer = { kind: ViewerKind.API_KEY, id: 'demo-seed', label: 'api-key:intake (demo data)', scopes: ['orders:write'] };

interface Details {
  name: string;
  country: string;
  address: string;
  city: string;
  postalCode: string;
}

class DemoWorld {
  private readonly start: number;
  private readonly orders: string[] = [];
  private reps: Record<'giulia' | 'marco', Viewer> = {} as never;
  private sequence = 0;

  constructor(
    private readonly orm: MikroORM,
    private readonly deps: DemoSeedDependencies,
  ) {
    this.start = deps.now.getTime();
  }

  /** An instant `days` (and `hours`) before now. */
  private ago(days: number, hours = 0): Date {
    return new Date(this.start - days * DAY - hours * HOUR);
  }

  /** A calendar date `days` from now (negative: in the past), `YYYY-MM-DD` in UTC. */
  private date(days: number): string {
    return new Date(this.start + days * DAY).toISOString().slice(0, 10);
  }

  private ctx(at: Date, viewer: Viewer | null): RequestContext {
    const request = createRequestContext({
      em: this.orm.em.fork(),
      viewer,
      requestId: 'demo-seed',
      ip: '127.0.0.1',
      clock: { now: () => new Date(at) },
      config: this.deps.config,
      log: this.deps.log,
    });
    return graphQLContext(request, this.deps.services);
  }

  private get services(): Services {
    return this.deps.services;
  }

  async build(): Promise<void> {
    const em = this.orm.em.fork();
    await this.createReps(em);
    const partners = await this.createPartners(em);
    const customers = await this.createCustomers(em, partners);

    // ── Provisioned ────────────────────────────────────────────────────────────────────────
    // An existing partner, an existing customer (verified), every service set up.
    {
      const order = await this.place(26, {
        partner: 'rossi',
        customer: 'Acme Italia S.p.A.',
        contact: 'provisioning@rossi-networks.example',
        start: -22,
        locale: 'it',
      });
      const token = await this.sendLink(order, 22);
      const w = await this.wizard(token, this.ago(21, -3));
      await w.run((ctx) => this.services.setup.runStep(ctx, SetupStep.CHOOSE_ROLE, { role: SetupRole.PARTNER }));
      await w.run((ctx) => this.services.setup.runStep(ctx, SetupStep.CHOOSE_SETUP_OWNER, { owner: SetupOwner.SELF, email: null }));
      await w.run((ctx) => this.services.setup.runStep(ctx, SetupStep.REVIEW_PARTNER_ORGANIZATION, { recognized: true }));
      await w.run((ctx) => this.services.setup.runStep(ctx, SetupStep.CUSTOMER_ADMINISTRATOR, { email: 'it.admin@acme-italia.example' }));
      await w.run((ctx) => this.services.setup.runStep(ctx, SetupStep.VERIFY_CUSTOMER_ORGANIZATION, { recognized: true }));
      await w.run((ctx) => this.services.setup.runStep(ctx, SetupStep.REVIEW_ORDER, {}));
      await this.serviceSetup(w, { subdomain: 'acmeitalia', site: 'acme-italia', city: 'Milano', country: 'IT', timeZone: 'Europe/Rome', language: 'it' });
    }
    // The partner's first order: the wizard creates the partner organization and a new customer.
    {
      const order = await this.place(19, {
        partner: 'bluewave',
        customer: 'Harbour Logistics plc',
        contact: 'orders@bluewave-solutions.example',
        start: -15,
        offer: Offer.A_SPK,
        locale: 'en-GB',
      });
      const token = await this.sendLink(order, 15);
      const w = await this.wizard(token, this.ago(14, -2));
      await w.run((ctx) => this.services.setup.runStep(ctx, SetupStep.CHOOSE_ROLE, { role: SetupRole.PARTNER }));
      // The link went to an alias (orders@): the person who opened it gives their own address for the account.
      await w.run((ctx) =>
        this.services.setup.runStep(ctx, SetupStep.CHOOSE_SETUP_OWNER, {
          owner: SetupOwner.SELF,
          email: null,
          yourEmail: 'tom.baker@bluewave-solutions.example',
        }),
      );
      await w.run((ctx) =>
        this.services.setup.runStep(ctx, SetupStep.CREATE_PARTNER_ORGANIZATION, {
          name: 'Bluewave Solutions Ltd',
          country: 'GB',
          address: '14 Deansgate',
          city: 'Manchester',
          postalCode: 'M3 2BW',
        }),
      );
      await w.run((ctx) => this.services.setup.runStep(ctx, SetupStep.CUSTOMER_ADMINISTRATOR, { email: 'it@harbour-logistics.example' }));
      await w.run((ctx) =>
        this.services.setup.runStep(ctx, SetupStep.CONFIRM_CUSTOMER_ORGANIZATION, {
          newOrganization: { name: 'Harbour Logistics plc', country: 'GB', address: '1 Dock Road', city: 'Liverpool', postalCode: 'L3 4AA' },
        }),
      );
      await w.run((ctx) => this.services.setup.runStep(ctx, SetupStep.REVIEW_ORDER, {}));
      await w.run((ctx) => this.services.setup.runStep(ctx, SetupStep.SET_PASSWORD, { password: demoPassword() }));
      await this.serviceSetup(w, {
        subdomain: 'harbourlogistics',
        site: 'harbour-logistics',
        city: 'Liverpool',
        country: 'GB',
        timeZone: 'Europe/London',
        language: 'en-GB',
      });
    }
    // The customer sets up its own organization: the partner keeps no access to it.
    {
      const order = await this.place(17, {
        partner: 'rossi',
        customer: 'Studio Legale Verdi',
        contact: 'provisioning@rossi-networks.example',
        start: -12,
        services: [[ServiceKind.MEETINGS, 15]],
        locale: 'it',
      });
      const token = await this.sendLink(order, 12);
      const partnerSide = await this.wizard(token, this.ago(11, -1));
      await partnerSide.run((ctx) => this.services.setup.runStep(ctx, SetupStep.CHOOSE_ROLE, { role: SetupRole.PARTNER }));
      await partnerSide.run((ctx) =>
        this.services.setup.runStep(ctx, SetupStep.CHOOSE_SETUP_OWNER, { owner: SetupOwner.CUSTOMER, email: 'segreteria@studiolegaleverdi.example' }),
      );
      const customerToken = await this.tokenFromEmail(order, 'segreteria@studiolegaleverdi.example');
      const w = await this.wizard(customerToken, this.ago(10, -4));
      await w.run((ctx) => this.services.setup.runStep(ctx, SetupStep.CHOOSE_ROLE, { role: SetupRole.CUSTOMER }));
      await w.run((ctx) =>
        this.services.setup.runStep(ctx, SetupStep.CONFIRM_CUSTOMER_ORGANIZATION, {
          newOrganization: { name: 'Studio Legale Verdi', country: 'IT', address: 'Corso Vittorio Emanuele II 42', city: 'Roma', postalCode: '00186' },
        }),
      );
      await w.run((ctx) => this.services.setup.runStep(ctx, SetupStep.REVIEW_ORDER, {}));
      await w.run((ctx) => this.services.setup.runStep(ctx, SetupStep.SET_PASSWORD, { password: demoPassword() }));
      await w.run((ctx) => this.services.serviceSetup.saveMeetingSettings(ctx, { siteName: 'studioverdi', timeZone: 'Europe/Rome', language: 'it' }));
      await w.run((ctx) => this.services.serviceSetup.saveEnterpriseSettings(ctx, { subdomain: 'studioverdi' }));
      await w.run((ctx) => this.services.serviceSetup.provision(ctx, {}));
    }

    // ── Set up, not yet provisioned; its overdue escalation closed itself ───────────────────
    {
      const order = await this.place(13, {
        partner: 'nordlicht',
        customer: 'Bäckerei Müller KG',
        contact: 'bestellung@nordlicht-it.example',
        start: -9,
        locale: 'de',
      });
      const token = await this.sendLink(order, 9);
      await this.openOverdue(order, 8, -2);
      const w = await this.wizard(token, this.ago(6, 2));
      await w.run((ctx) => this.services.setup.runStep(ctx, SetupStep.CHOOSE_ROLE, { role: SetupRole.PARTNER }));
      await w.run((ctx) => this.services.setup.runStep(ctx, SetupStep.CHOOSE_SETUP_OWNER, { owner: SetupOwner.SELF, email: null }));
      await w.run((ctx) => this.services.setup.runStep(ctx, SetupStep.REVIEW_PARTNER_ORGANIZATION, { recognized: true }));
      await w.run((ctx) => this.services.setup.runStep(ctx, SetupStep.CUSTOMER_ADMINISTRATOR, { email: 'admin@baeckerei-mueller.example' }));
      await w.run((ctx) =>
        this.services.setup.runStep(ctx, SetupStep.CONFIRM_CUSTOMER_ORGANIZATION, {
          newOrganization: { name: 'Bäckerei Müller KG', country: 'DE', address: 'Hauptstraße 5', city: 'Augsburg', postalCode: '86150' },
        }),
      );
      await w.run((ctx) => this.services.setup.runStep(ctx, SetupStep.REVIEW_ORDER, {}));
      await w.run((ctx) => this.services.serviceSetup.saveMeetingSettings(ctx, { siteName: 'baeckerei-mueller', timeZone: 'Europe/Berlin', language: 'de' }));
    }

    // ── In progress and handed over ─────────────────────────────────────────────────────────
    {
      const order = await this.place(6, {
        partner: 'rossi',
        customer: 'Ospedale San Luca',
        contact: 'provisioning@rossi-networks.example',
        start: -1,
        locale: 'it',
        services: [
          [ServiceKind.CALLING, 120],
          [ServiceKind.MEETINGS, 80],
          [ServiceKind.WEBINARS, 2],
        ],
      });
      const token = await this.sendLink(order, 1);
      const w = await this.wizard(token, this.ago(0, 20));
      await w.run((ctx) => this.services.setup.runStep(ctx, SetupStep.CHOOSE_ROLE, { role: SetupRole.PARTNER }));
      await w.run((ctx) => this.services.setup.runStep(ctx, SetupStep.CHOOSE_SETUP_OWNER, { owner: SetupOwner.SELF, email: null }));
      await w.run((ctx) => this.services.setup.runStep(ctx, SetupStep.REVIEW_PARTNER_ORGANIZATION, { recognized: true }));
    }
    {
      const order = await this.place(8, {
        partner: 'nordlicht',
        customer: 'Stadtwerke Ulm GmbH',
        contact: 'bestellung@nordlicht-it.example',
        start: -2,
        locale: 'de',
      });
      const token = await this.sendLink(order, 2);
      const w = await this.wizard(token, this.ago(1, 18));
      await w.run((ctx) => this.services.setup.runStep(ctx, SetupStep.CHOOSE_ROLE, { role: SetupRole.PARTNER }));
      await w.run((ctx) =>
        this.services.setup.runStep(ctx, SetupStep.CHOOSE_SETUP_OWNER, { owner: SetupOwner.COLLEAGUE, email: 'k.schmidt@nordlicht-it.example' }),
      );
    }

    // ── Stalled: setup started, then left; STALLED_SETUP_AFTER (3 days) after the start date the reps hear of it ──
    {
      const order = await this.place(9, {
        partner: 'rossi',
        customer: 'Farmacia Centrale Asti',
        contact: 'provisioning@rossi-networks.example',
        start: -5,
        locale: 'it',
      });
      const token = await this.sendLink(order, 5);
      const w = await this.wizard(token, this.ago(4, 10));
      await w.run((ctx) => this.services.setup.runStep(ctx, SetupStep.CHOOSE_ROLE, { role: SetupRole.PARTNER }));
      await this.openOverdue(order, 2, 0, EscalationKind.STALLED_SETUP);
    }

    // ── On hold: organizations the partner did not recognize ────────────────────────────────
    // The CCW account maps to Rossi Networks, but the person ordering works for Rossi Network
    // Services: a rep should reassign the order to that partner organization.
    {
      const order = await this.place(5, {
        partner: 'rossi',
        partnerName: 'Rossi Network Services S.p.A.',
        customer: 'Comune di Chieri',
        contact: 'acquisti@rns-spa.example',
        start: -2,
        locale: 'it',
      });
      const token = await this.sendLink(order, 2);
      const w = await this.wizard(token, this.ago(1, 6));
      await w.run((ctx) => this.services.setup.runStep(ctx, SetupStep.CHOOSE_ROLE, { role: SetupRole.PARTNER }));
      await w.run((ctx) => this.services.setup.runStep(ctx, SetupStep.CHOOSE_SETUP_OWNER, { owner: SetupOwner.SELF, email: null }));
      await w.run((ctx) => this.services.setup.runStep(ctx, SetupStep.REVIEW_PARTNER_ORGANIZATION, { recognized: false }));
    }
    // The administrator's email belongs to Acme Italy Holding; the partner expected Acme Italia.
    {
      const order = await this.place(4, {
        partner: 'rossi',
        customer: 'Acme Italia – Filiale Torino',
        contact: 'provisioning@rossi-networks.example',
        start: -1,
        locale: 'it',
      });
      const token = await this.sendLink(order, 1);
      const w = await this.wizard(token, this.ago(0, 9));
      await w.run((ctx) => this.services.setup.runStep(ctx, SetupStep.CHOOSE_ROLE, { role: SetupRole.PARTNER }));
      await w.run((ctx) => this.services.setup.runStep(ctx, SetupStep.CHOOSE_SETUP_OWNER, { owner: SetupOwner.SELF, email: null }));
      await w.run((ctx) => this.services.setup.runStep(ctx, SetupStep.REVIEW_PARTNER_ORGANIZATION, { recognized: true }));
      await w.run((ctx) => this.services.setup.runStep(ctx, SetupStep.CUSTOMER_ADMINISTRATOR, { email: customers.holdingAdmin }));
      await w.run((ctx) => this.services.setup.runStep(ctx, SetupStep.VERIFY_CUSTOMER_ORGANIZATION, { recognized: false }));
    }
    // Another one, already picked up by a rep.
    {
      const order = await this.place(7, {
        partner: 'nordlicht',
        customer: 'Müller Logistik AG',
        contact: 'bestellung@nordlicht-it.example',
        start: -4,
        locale: 'de',
      });
      const token = await this.sendLink(order, 4);
      const w = await this.wizard(token, this.ago(3, 5));
      await w.run((ctx) => this.services.setup.runStep(ctx, SetupStep.CHOOSE_ROLE, { role: SetupRole.PARTNER }));
      await w.run((ctx) => this.services.setup.runStep(ctx, SetupStep.CHOOSE_SETUP_OWNER, { owner: SetupOwner.SELF, email: null }));
      await w.run((ctx) => this.services.setup.runStep(ctx, SetupStep.REVIEW_PARTNER_ORGANIZATION, { recognized: true }));
      await w.run((ctx) => this.services.setup.runStep(ctx, SetupStep.CUSTOMER_ADMINISTRATOR, { email: customers.muellerAdmin }));
      await w.run((ctx) => this.services.setup.runStep(ctx, SetupStep.VERIFY_CUSTOMER_ORGANIZATION, { recognized: false }));
      const escalation = await this.escalationOf(order);
      await this.assign(escalation, 'marco', this.ago(2, 20));
      await this.note(escalation, 'marco', this.ago(2, 19), 'Chiamato il partner: verificano con il cliente se Müller Logistik è una nuova società.');
    }

    // ── Awaiting setup: on time, and overdue in three states of the reps' work ──────────────
    {
      const order = await this.place(3, {
        partner: 'bluewave',
        customer: 'Pennine Dental Group',
        contact: 'orders@bluewave-solutions.example',
        start: 0,
        offer: Offer.A_SPK,
        locale: 'en-GB',
      });
      await this.sendLink(order, 0, 1);
    }
    {
      const order = await this.place(7, {
        partner: 'nordlicht',
        customer: 'Hotel Alpenblick',
        contact: 'bestellung@nordlicht-it.example',
        start: -4,
        locale: 'de',
      });
      await this.sendLink(order, 4);
      await this.openOverdue(order, 3, -1);
    }
    {
      const order = await this.place(10, {
        partner: 'rossi',
        customer: 'Cantine Barbera S.r.l.',
        contact: 'provisioning@rossi-networks.example',
        start: -7,
        locale: 'it',
      });
      await this.sendLink(order, 7);
      const escalation = await this.openOverdue(order, 6, -1);
      await this.assign(escalation, 'giulia', this.ago(5, 22));
      await this.contacted(escalation, 'giulia', this.ago(5, 21), 'Il contatto è in ferie fino a lunedì; il partner inoltra il link a un collega.');
    }
    {
      const order = await this.place(14, {
        partner: 'bluewave',
        customer: 'Northgate Schools Trust',
        contact: 'webex-orders@bluewave-solutions.example',
        start: -11,
        locale: 'en-GB',
      });
      await this.sendLink(order, 11);
      await this.openOverdue(order, 10, -1);
      await this.bounce(order, this.ago(11, -1), '550 5.1.1 <webex-orders@bluewave-solutions.example>: Recipient address rejected: User unknown');
    }

    // ── Placed: the Set up now email is due on the requested start date ─────────────────────
    await this.place(1, { partner: 'nordlicht', customer: 'Kanzlei Hoffmann & Partner', contact: 'bestellung@nordlicht-it.example', start: 5, locale: 'de' });
    await this.place(0, {
      partner: 'rossi',
      customer: 'Pasticceria Gallo',
      contact: 'provisioning@rossi-networks.example',
      start: 12,
      offer: Offer.A_FLEX,
      locale: 'it',
      services: [[ServiceKind.MEETINGS, 5]],
    });

    // ── Expired (an A-FLEX link lives 7 days) and cancelled ─────────────────────────────────
    {
      const order = await this.place(12, {
        partner: 'bluewave',
        customer: 'Riverside Cafés Ltd',
        contact: 'orders@bluewave-solutions.example',
        start: -9,
        offer: Offer.A_FLEX,
        locale: 'en-GB',
        services: [[ServiceKind.MEETINGS, 10]],
      });
      await this.sendLink(order, 9);
      const escalation = await this.openOverdue(order, 8, -1);
      await this.expire(order, this.ago(2));
      await this.resolve(escalation, 'giulia', this.ago(1, 20), 'The link expired unused; the partner will place a new order.');
    }
    {
      const order = await this.place(11, {
        partner: 'nordlicht',
        customer: 'Hotel Alpenblick',
        contact: 'bestellung@nordlicht-it.example',
        start: -8,
        locale: 'de',
      });
      await this.sendLink(order, 8);
      await this.openOverdue(order, 7, -1);
      await this.cancel(order, 'marco', this.ago(6, 20), 'Duplicate of a later order for the same customer.');
    }

    await this.finish();
  }

  // ── People and organizations that existed before the demo's orders ─────────────────────────

  private async createReps(em: EntityManager): Promise<void> {
    const make = async (email: string, name: string) => {
      // Demo reps work the queue; nobody knows their random password.
      const rep = em.create(Rep, {
        email,
        name,
        role: RepRole.REP,
        passwordHash: await hashPassword(randomBytes(24).toString('base64url')),
        createdAt: this.ago(40),
      });
      em.persist(rep);
      return { kind: ViewerKind.REP, id: rep.id, label: email, email, scopes: [] } satisfies Viewer;
    };
    const existing = await em.find(Rep, { email: { $in: ['giulia.bianchi@cisco.example', 'marco.conti@cisco.example'] } });
    const viewerOf = (rep: Rep): Viewer => ({ kind: ViewerKind.REP, id: rep.id, label: rep.email, email: rep.email, scopes: [] });
    const giulia = existing.find((r) => r.email === 'giulia.bianchi@cisco.example');
    const marco = existing.find((r) => r.email === 'marco.conti@cisco.example');
    this.reps = {
      giulia: giulia ? viewerOf(giulia) : await make('giulia.bianchi@cisco.example', 'Giulia Bianchi'),
      marco: marco ? viewerOf(marco) : await make('marco.conti@cisco.example', 'Marco Conti'),
    };
    await em.flush();
  }

  private partnerAccounts = { rossi: 'PA-100234', nordlicht: 'PA-200871', bluewave: 'PA-300552' } as const;

  private async createPartners(em: EntityManager) {
    const partner = (details: Details, partnerAccountId: string, admin: string, createdDaysAgo: number) => {
      const organization = em.create(Organization, {
        kind: OrganizationKind.PARTNER,
        ...details,
        partnerAccountId,
        demo: true,
        createdAt: this.ago(createdDaysAgo),
        updatedAt: this.ago(createdDaysAgo),
      });
      em.persist(em.create(User, { organization, email: admin, role: UserRole.ADMIN, createdAt: this.ago(createdDaysAgo) }));
      return organization;
    };
    const rossi = partner(
      { name: 'Rossi Networks S.r.l.', country: 'IT', address: 'Via Tortona 25', city: 'Milano', postalCode: '20144' },
      this.partnerAccounts.rossi,
      'anna.ferri@rossi-networks.example',
      400,
    );
    const nordlicht = partner(
      { name: 'Nordlicht IT GmbH', country: 'DE', address: 'Leopoldstraße 120', city: 'München', postalCode: '80802' },
      this.partnerAccounts.nordlicht,
      'j.weber@nordlicht-it.example',
      260,
    );
    // The one the on-hold order should be reassigned to: a different company with a similar name.
    const rns = partner(
      { name: 'Rossi Network Services S.p.A.', country: 'IT', address: 'Corso Francia 110', city: 'Torino', postalCode: '10143' },
      'PA-100987',
      'acquisti@rns-spa.example',
      150,
    );
    await em.flush();
    return { rossi, nordlicht, rns };
  }

  private async createCustomers(em: EntityManager, partners: { rossi: Organization; nordlicht: Organization }) {
    const customer = (details: Details, managingPartner: Organization, admin: string, createdDaysAgo: number) => {
      const organization = em.create(Organization, {
        kind: OrganizationKind.CUSTOMER,
        ...details,
        managingPartner,
        demo: true,
        createdAt: this.ago(createdDaysAgo),
        updatedAt: this.ago(createdDaysAgo),
      });
      em.persist(em.create(User, { organization, email: admin, role: UserRole.ADMIN, createdAt: this.ago(createdDaysAgo) }));
      return organization;
    };
    customer(
      { name: 'Acme Italia S.p.A.', country: 'IT', address: 'Viale Monza 12', city: 'Milano', postalCode: '20127' },
      partners.rossi,
      'it.admin@acme-italia.example',
      300,
    );
    const holdingAdmin = 'admin@acme-holding.example';
    customer(
      { name: 'Acme Italy Holding S.r.l.', country: 'IT', address: 'Via del Corso 300', city: 'Roma', postalCode: '00186' },
      partners.rossi,
      holdingAdmin,
      120,
    );
    const muellerAdmin = 'it@mueller-gruppe.example';
    customer(
      { name: 'Müller Gruppe Holding AG', country: 'DE', address: 'Königsallee 60', city: 'Düsseldorf', postalCode: '40212' },
      partners.nordlicht,
      muellerAdmin,
      90,
    );
    await em.flush();
    return { holdingAdmin, muellerAdmin };
  }

  // ── The real services, at instants in the past ─────────────────────────────────────────

  private async place(
    daysAgo: number,
    o: {
      partner: 'rossi' | 'nordlicht' | 'bluewave';
      partnerName?: string;
      customer: string;
      contact: string;
      start: number;
      offer?: Offer;
      locale: string;
      services?: [ServiceKind, number][];
    },
  ): Promise<Order> {
    const names = { rossi: 'Rossi Networks S.r.l.', nordlicht: 'Nordlicht IT GmbH', bluewave: 'Bluewave Solutions Ltd' };
    const zones: Record<string, string> = { it: 'Europe/Rome', de: 'Europe/Berlin', 'en-GB': 'Europe/London' };
    const input: PlaceOrderInput = {
      ccwOrderNumber: `DEMO-${91530000 + 17 * ++this.sequence}`,
      offer: o.offer ?? Offer.A_WX,
      partnerAccountId: this.partnerAccounts[o.partner],
      partnerName: o.partnerName ?? names[o.partner],
      customerName: o.customer,
      services: (
        o.services ?? [
          [ServiceKind.MEETINGS, 25],
          [ServiceKind.CALLING, 25],
        ]
      ).map(([kind, quantity]) => ({ kind, quantity })),
      requestedStartDate: this.date(o.start),
      timeZone: zones[o.locale] ?? 'UTC',
      provisioningContactEmail: o.contact,
      locale: o.locale,
    };
    const ctx = this.ctx(this.ago(daysAgo, 3), INTAKE);
    const { order } = await this.services.orders.place(ctx, input);
    await ctx.em.nativeUpdate(Order, { id: order.id }, { demo: true });
    this.orders.push(order.id);
    return order;
  }

  /** The Set up now email on the requested start date (the scheduler's work). Returns the token. */
  private async sendLink(order: Order, daysAgo: number, hoursAgo = 0): Promise<string> {
    const ctx = this.ctx(this.ago(daysAgo, hoursAgo), null);
    return ctx.em.transactional(async (em) => {
      const managed = await em.findOneOrFail(Order, order.id);
      const { token } = await this.services.links.issueSetupLink({ em, actor: SYSTEM_ACTOR, now: ctx.clock.now() }, managed, managed.provisioningContactEmail);
      return token;
    });
  }

  /** The link a hand-over sent: the recipient "opens the email" and takes the token from its link. */
  private async tokenFromEmail(order: Order, recipient: string): Promise<string> {
    const em = this.orm.em.fork();
    const email = await em.findOneOrFail(
      OutboxMessage,
      { orderId: order.id, template: 'SETUP_LINK', recipient },
      { orderBy: { createdAt: 'desc', id: 'desc' } },
    );
    const token = /[?&]token=([A-Za-z0-9_-]+)/.exec(email.text)?.[1];
    if (!token) throw new Error(`demo seed: no link in the email to ${recipient}`);
    return token;
  }

  private async wizard(token: string, at: Date): Promise<WizardWalk> {
    const ctx = this.ctx(at, null);
    const { sessionToken } = await this.services.setup.start(ctx, token);
    return new WizardWalk(this, sessionToken, new Date(at.getTime() + 2 * MINUTE));
  }

  /** For WizardWalk: a request context whose viewer is the setup session. */
  async sessionContext(sessionToken: string, at: Date): Promise<RequestContext> {
    const ctx = this.ctx(at, null);
    const { viewer } = await authenticate(ctx.em, ctx.clock, sessionToken);
    return deriveRequestContext(ctx, { viewer });
  }

  private async serviceSetup(w: WizardWalk, s: { subdomain: string; site: string; city: string; country: string; timeZone: string; language: string }) {
    await w.run((ctx) =>
      this.services.serviceSetup.saveCallingSettings(ctx, {
        locationName: 'Headquarters',
        address: 'Main office',
        city: s.city,
        postalCode: '00000',
        country: s.country,
        timeZone: s.timeZone,
        announcementLanguage: s.language,
        emailLanguage: s.language,
      }),
    );
    await w.run((ctx) => this.services.serviceSetup.saveMeetingSettings(ctx, { siteName: s.site, timeZone: s.timeZone, language: s.language }));
    await w.run((ctx) => this.services.serviceSetup.saveEnterpriseSettings(ctx, { subdomain: s.subdomain }));
    await w.run((ctx) => this.services.serviceSetup.provision(ctx, {}));
  }

  private async openOverdue(order: Order, daysAgo: number, hoursAgo: number, kind = EscalationKind.OVERDUE_PROVISIONING): Promise<string> {
    const ctx = this.ctx(this.ago(daysAgo, hoursAgo), null);
    return ctx.em.transactional(async (em) => {
      const managed = await em.findOneOrFail(Order, order.id);
      const escalation = await this.services.escalations.open({ em, actor: SYSTEM_ACTOR, now: ctx.clock.now() }, managed, kind);
      return escalation!.id;
    });
  }

  private async escalationOf(order: Order): Promise<string> {
    const em = this.orm.em.fork();
    const escalation = await em.findOneOrFail(Escalation, { order: order.id }, { orderBy: { createdAt: 'desc' } });
    return escalation.id;
  }

  private async assign(escalationId: string, rep: 'giulia' | 'marco', at: Date) {
    await this.services.escalationQueue.assign(this.ctx(at, this.reps[rep]), { escalationId });
  }

  private async note(escalationId: string, rep: 'giulia' | 'marco', at: Date, body: string) {
    await this.services.escalationQueue.addNote(this.ctx(at, this.reps[rep]), { escalationId, body });
  }

  private async contacted(escalationId: string, rep: 'giulia' | 'marco', at: Date, note: string) {
    await this.services.escalationQueue.markPartnerContacted(this.ctx(at, this.reps[rep]), { escalationId, note });
  }

  private async resolve(escalationId: string, rep: 'giulia' | 'marco', at: Date, resolution: string) {
    await this.services.escalations.resolve(this.ctx(at, this.reps[rep]), { escalationId, resolution });
  }

  private async cancel(order: Order, rep: 'giulia' | 'marco', at: Date, reason: string) {
    await this.services.orderAdmin.cancel(this.ctx(at, this.reps[rep]), { orderId: order.id, reason });
  }

  /** The link was never used within its lifetime (the expiry job's work). */
  private async expire(order: Order, at: Date): Promise<void> {
    const em = this.orm.em.fork();
    await em.transactional(async (tx) => {
      const managed = await tx.findOneOrFail(Order, order.id);
      // The expiry job's transition: links and wizard sessions revoked with it.
      await this.services.lifecycle.transition({ em: tx, actor: SYSTEM_ACTOR, now: at }, managed, OrderStatus.EXPIRED, {
        action: 'order.expired',
        before: { linkExpiresAt: managed.linkExpiresAt?.toISOString() },
      });
    });
  }

  /** The setup email to an alias nobody owns bounced. */
  private async bounce(order: Order, at: Date, error: string): Promise<void> {
    const em = this.orm.em.fork();
    const message = await em.findOneOrFail(OutboxMessage, { orderId: order.id, template: 'SETUP_LINK' }, { orderBy: { createdAt: 'asc' } });
    // As the delivery job records a refusal for good (after its attempts).
    await em.getConnection().execute('update outbox_message set attempts = 5 where id = ?', [message.id]);
    await recordOutcomes(em, at, [], [{ id: message.id, status: OutboxStatus.FAILED, nextAttemptAt: at, lastError: error }]);
  }

  /**
   * Marks every organization the demo orders touched as demo data, and every demo email as
   * delivered at the time it was queued (nothing may go out to the demo's invented addresses).
   */
  private async finish(): Promise<void> {
    const em = this.orm.em.fork();
    const ids = `{${this.orders.join(',')}}`;
    await em.getConnection().execute(
      `update organization set demo = true where id in (
          select partner_organization_id from customer_order where id = any(?::uuid[])
          union select customer_organization_id from customer_order where id = any(?::uuid[]))`,
      [ids, ids],
    );
    await em.getConnection().execute(
      `update outbox_message set status = 'SENT', sent_at = created_at, attempts = 1
        where status = 'PENDING' and (order_id = any(?::uuid[]))`,
      [ids],
    );
  }
}

/** One person walking the wizard with a setup session, a couple of minutes per step. */
class WizardWalk {
  constructor(
    private readonly world: DemoWorld,
    private readonly sessionToken: string,
    public at: Date,
  ) {}

  async run(step: (ctx: RequestContext) => Promise<unknown>): Promise<void> {
    await step(await this.world.sessionContext(this.sessionToken, this.at));
    this.at = new Date(this.at.getTime() + 2 * MINUTE);
  }
}

function demoPassword(): string {
  return `Demo-${randomBytes(12).toString('base64url')}-7`;
}
