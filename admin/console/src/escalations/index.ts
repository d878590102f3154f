import EscalationIcon from '@mui/icons-material/ReportProblem';
import { EscalationList } from './EscalationList';
import { EscalationShow } from './EscalationShow';

export default {
  list: EscalationList,
  show: EscalationShow,
  icon: EscalationIcon,
  recordRepresentation: (record: { order?: { ccwOrderNumber?: string } }) => record.order?.ccwOrderNumber ?? '',
};
