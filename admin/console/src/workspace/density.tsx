import DensityMediumIcon from '@mui/icons-material/DensityMedium';
import DensitySmallIcon from '@mui/icons-material/DensitySmall';
import { IconButton, Tooltip } from '@mui/material';
import { useStore, useTranslate } from 'react-admin';

export type Density = 'comfortable' | 'compact';

/** The lists' density, kept in react-admin's store (this browser's local storage): comfortable unless the rep chose compact. */
export function useDensity() {
  return useStore<Density>('console.density', 'comfortable');
}

/**
 * Compact lists: lower rows (about half again as many fit), smaller chips and checkboxes. Applied to
 * every list table of the console by the layout.
 */
export const COMPACT_TABLES = {
  '& .RaDataTable-table .MuiTableCell-body': { py: '1px', fontSize: '0.8125rem', lineHeight: 1.3 },
  '& .RaDataTable-table .MuiTableCell-head': { py: '4px' },
  '& .RaDataTable-table .MuiChip-sizeSmall': { height: 20, fontSize: '0.75rem' },
  '& .RaDataTable-table .MuiCheckbox-root': { p: '2px' },
} as const;

/** The app bar's switch between comfortable and compact lists. */
export function DensityButton() {
  const translate = useTranslate();
  const [density, setDensity] = useDensity();
  const compact = density === 'compact';
  const label = translate(compact ? 'console.workspace.density.to_comfortable' : 'console.workspace.density.to_compact');
  return (
    <Tooltip title={label}>
      <IconButton
        color="inherit"
        onClick={() => setDensity(compact ? 'comfortable' : 'compact')}
        aria-label={translate('console.workspace.density.compact')}
        aria-pressed={compact}
        data-testid="density"
      >
        {compact ? <DensitySmallIcon /> : <DensityMediumIcon />}
      </IconButton>
    </Tooltip>
  );
}
