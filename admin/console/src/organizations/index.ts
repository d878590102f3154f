import BusinessIcon from '@mui/icons-material/Business';
import { OrganizationEdit } from './OrganizationEdit';
import { OrganizationList } from './OrganizationList';
import { OrganizationShow } from './OrganizationShow';

export default {
  list: OrganizationList,
  show: OrganizationShow,
  edit: OrganizationEdit,
  icon: BusinessIcon,
  recordRepresentation: 'name',
};
