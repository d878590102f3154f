import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import Typography from '@mui/material/Typography';
import { useMemo, useState } from 'react';
import type { Organization, OrganizationDetails } from '../../api/operations';
import { countries, countryLabel } from '../../../../shared/choices';
import { Input, Select, type FormErrors } from '../../components/forms';
import { useI18n } from '../../i18n/i18n';
import { Facts } from '../StepPage';

export const ORGANIZATION_FIELDS = ['name', 'country', 'address', 'city', 'postalCode'] as const;

/** Name, country, address, city, postal code; `prefix` is where the server puts them ("newOrganization"). */
export function OrganizationFields({
  values,
  onChange,
  errors,
  prefix = '',
}: {
  values: OrganizationDetails;
  onChange: (values: OrganizationDetails) => void;
  errors: FormErrors;
  prefix?: string;
}) {
  const { t, lang } = useI18n();
  const countryOptions = useMemo(() => countries(lang), [lang]);
  const at = (field: string) => (prefix ? `${prefix}.${field}` : field);
  const set = (field: keyof OrganizationDetails) => (value: string) => onChange({ ...values, [field]: value });
  return (
    <Box>
      <Input name={at('name')} label={t('organization.name')} required autoComplete="organization" value={values.name} onChange={set('name')} errors={errors} />
      <Select
        name={at('country')}
        label={t('organization.country')}
        required
        autoComplete="country"
        value={values.country}
        onChange={set('country')}
        errors={errors}
        options={countryOptions}
        placeholder={t('organization.chooseCountry')}
      />
      <Input
        name={at('address')}
        label={t('organization.address')}
        required
        autoComplete="street-address"
        value={values.address}
        onChange={set('address')}
        errors={errors}
      />
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '2fr 1fr' }, columnGap: 2 }}>
        <Input
          name={at('city')}
          label={t('organization.city')}
          required
          autoComplete="address-level2"
          value={values.city}
          onChange={set('city')}
          errors={errors}
        />
        <Input
          name={at('postalCode')}
          label={t('organization.postalCode')}
          required
          autoComplete="postal-code"
          value={values.postalCode}
          onChange={set('postalCode')}
          errors={errors}
        />
      </Box>
    </Box>
  );
}

export const EMPTY_ORGANIZATION: OrganizationDetails = { name: '', country: '', address: '', city: '', postalCode: '' };

/** An existing organization as the partner or customer sees it: name, country, creation date, active subscriptions. */
export function OrganizationCard({ organization }: { organization: Organization }) {
  const { t, date, count, lang } = useI18n();
  const countryName = organization.country ? countryLabel(lang, organization.country) : '—';
  return (
    <Box sx={{ border: 1, borderColor: 'divider', borderRadius: 1, p: 2, my: 2 }}>
      <Typography variant="h2" component="h2" gutterBottom>
        {organization.name}
      </Typography>
      <Facts
        items={[
          [t('review.country'), countryName],
          [t('organization.created'), date(organization.createdAt)],
          [t('organization.activeSubscriptionsLabel'), count('organization.activeSubscriptions', organization.activeSubscriptionCount)],
        ]}
      />
    </Box>
  );
}

/** "I don't recognize this organization": contact the Cisco rep and do not continue (the order goes on hold). */
export function NotRecognizedButton({ onConfirm, disabled }: { onConfirm: () => void; disabled?: boolean }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button variant="outlined" color="warning" onClick={() => setOpen(true)} disabled={disabled}>
        {t('organization.notRecognized')}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} aria-labelledby="hold-title" aria-describedby="hold-text">
        <DialogTitle id="hold-title">{t('hold.dialog.title')}</DialogTitle>
        <DialogContent>
          <DialogContentText id="hold-text">{t('hold.dialog.text')}</DialogContentText>
        </DialogContent>
        <DialogActions sx={{ flexWrap: 'wrap', gap: 1 }}>
          <Button onClick={() => setOpen(false)} autoFocus>
            {t('common.cancel')}
          </Button>
          <Button
            variant="contained"
            color="warning"
            onClick={() => {
              setOpen(false);
              onConfirm();
            }}
          >
            {t('hold.dialog.confirm')}
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
}
