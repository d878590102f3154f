import SupportAgentIcon from '@mui/icons-material/SupportAgent';
import { RepCreate, RepEdit } from './RepForms';
import { RepList } from './RepList';

export default {
  list: RepList,
  create: RepCreate,
  edit: RepEdit,
  icon: SupportAgentIcon,
  recordRepresentation: 'name',
};
