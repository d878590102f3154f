import CardMembershipIcon from '@mui/icons-material/CardMembership';
import { SubscriptionEdit } from './SubscriptionEdit';
import { SubscriptionList } from './SubscriptionList';
import { SubscriptionShow } from './SubscriptionShow';

export default {
  list: SubscriptionList,
  show: SubscriptionShow,
  edit: SubscriptionEdit,
  icon: CardMembershipIcon,
  recordRepresentation: (record: { customerOrganization?: { name?: string }; order?: { ccwOrderNumber?: string } }) =>
    `${record.customerOrganization?.name ?? ''} · ${record.order?.ccwOrderNumber ?? ''}`,
};
