import { LockMode, type FilterQuery } from '@mikro-orm/core';
import { audit } from '../audit/audit.js';
import { scopeOf } from '../common/tx-scope.js';
import { userError, UserErrorCode } from '../common/errors.js';
import { InputValidator, isUuid } from '../common/validation.js';
import type { RequestContext } from '../common/request-context.js';
import { containsPattern, pageWindow, searchTerm, SortOrder, type Page } from '../common/paging.js';
import { Subscription, SubscriptionStatus } from './subscription.entity.js';
import { SubscriptionSortField, type SubscriptionSearchFilter, type UpdateSubscriptionSettingsInput } from './subscription-admin.types.js';

/** As the wizard's calling settings require (ServiceSetupService.saveCallingSettings). */
const PHONE_NUMBER = /^\+[1-9]\d{6,14}$/;

const SORT_COLUMNS: Record<SubscriptionSortField, keyof Subscription> = {
  [SubscriptionSortField.CREATED_AT]: 'createdAt',
  [SubscriptionSortField.STATUS]: 'status',
  [SubscriptionSortField.BILLING_STARTED_AT]: 'billingStartedAt',
};

export class SubscriptionAdminService {
  async search(
    ctx: RequestContext,
    args: {
      offset?: number | null;
      limit?: number | null;
      sortField?: SubscriptionSortField | null;
      sortOrder?: SortOrder | null;
      filter?: SubscriptionSearchFilter | null;
    },
  ): Promise<Page<Subscription>> {
    const { offset, limit } = pageWindow(args.offset, args.limit);
    const f = args.filter ?? {};
    const conditions: FilterQuery<Subscription>[] = [];
    const q = searchTerm(f.q);
    if (q) {
      const like = containsPattern(q);
      conditions.push({
        $or: [
          { customerOrganization: { name: { $ilike: like } } },
          { customerOrganization: { subdomain: { $ilike: like } } },
          { order: { ccwOrderNumber: { $ilike: like } } },
        ],
      });
    }
    if (f.status?.length) conditions.push({ status: { $in: f.status } });
    if (f.customerOrganizationId) conditions.push(isUuid(f.customerOrganizationId) ? { customerOrganization: f.customerOrganizationId } : { id: null });
    if (f.orderId) conditions.push(isUuid(f.orderId) ? { order: f.orderId } : { id: null });
    if (f.ids) conditions.push({ id: { $in: f.ids.filter(isUuid) } });
    const direction = (args.sortOrder ?? SortOrder.DESC) === SortOrder.ASC ? 'asc' : 'desc';
    const column = SORT_COLUMNS[args.sortField ?? SubscriptionSortField.CREATED_AT];
    const [nodes, totalCount] = await ctx.em.findAndCount(Subscription, conditions.length ? { $and: conditions } : {}, {
      orderBy: [{ [column]: direction === 'asc' ? 'asc nulls first' : 'desc nulls last' }, { id: direction }] as never,
      offset,
      limit,
    });
    return { nodes, totalCount };
  }

  get(ctx: RequestContext, id: string): Promise<Subscription | null> {
    return isUuid(id) ? ctx.em.findOne(Subscription, id) : Promise.resolve(null);
  }

  /**
   * Corrects saved settings while the subscription is still pending. Once provisioned, settings
   * change in the organization's own admin tools, as for any Webex organization.
   */
  async updateSettings(ctx: RequestContext, input: UpdateSubscriptionSettingsInput): Promise<Subscription> {
    const now = ctx.clock.now();
    return ctx.em.transactional(async (em) => {
      const subscription = isUuid(input.id) ? await em.findOne(Subscription, input.id, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true }) : null;
      if (!subscription) throw userError(UserErrorCode.NOT_FOUND, 'No such subscription', ['input', 'id']);
      if (subscription.status !== SubscriptionStatus.PENDING) {
        throw userError(
          UserErrorCode.INVALID_INPUT,
          'The subscription is provisioned: its settings now change in the organization’s own admin tools',
          ['input', 'id'],
          { reason: 'PROVISIONED' },
        );
      }
      const v = new InputValidator();
      const before: Record<string, unknown> = {};
      const after: Record<string, unknown> = {};
      const meeting = input.meetingSettings;
      let meetingSettings = subscription.meetingSettings;
      if (meeting) {
        if (!meetingSettings) {
          v.check(false, UserErrorCode.INVALID_INPUT, 'meetingSettings', 'The meeting settings have not been saved yet', { reason: 'NOT_SAVED' });
        } else {
          const next = { ...meetingSettings };
          if (meeting.timeZone != null) next.timeZone = v.timeZone('meetingSettings.timeZone', meeting.timeZone);
          if (meeting.language != null) next.language = v.language('meetingSettings.language', meeting.language);
          before.meetingSettings = meetingSettings;
          after.meetingSettings = next;
          meetingSettings = next;
        }
      }
      const calling = input.callingSettings;
      let callingSettings = subscription.callingSettings;
      if (calling) {
        if (!callingSettings) {
          v.check(false, UserErrorCode.INVALID_INPUT, 'callingSettings', 'The calling settings have not been saved yet', { reason: 'NOT_SAVED' });
        } else {
          const next = { ...callingSettings };
          if (calling.timeZone != null) next.timeZone = v.timeZone('callingSettings.timeZone', calling.timeZone);
          if (calling.announcementLanguage != null)
            next.announcementLanguage = v.language('callingSettings.announcementLanguage', calling.announcementLanguage);
          if (calling.emailLanguage != null) next.emailLanguage = v.language('callingSettings.emailLanguage', calling.emailLanguage);
          if (calling.mainNumber !== undefined) {
            next.mainNumber = v.optionalText('callingSettings.mainNumber', calling.mainNumber, {
              max: 16,
              label: 'The main number',
              pattern: PHONE_NUMBER,
              patternHint: 'must be in international format, such as +390212345678',
            });
          }
          before.callingSettings = callingSettings;
          after.callingSettings = next;
          callingSettings = next;
        }
      }
      v.done();
      if (JSON.stringify(before) === JSON.stringify(after)) return subscription;
      subscription.meetingSettings = meetingSettings;
      subscription.callingSettings = callingSettings;
      const order = subscription.order.id;
      audit(scopeOf(ctx, em, now), {
        action: 'subscription.settings_corrected',
        targetType: 'Subscription',
        targetId: subscription.id,
        orderId: order,
        before,
        after,
      });
      return subscription;
    });
  }
}
