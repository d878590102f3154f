import type { SxProps, Theme } from '@mui/material';

/**
 * A list's table that fits the window (reps use 1280 and 1440 px wide windows; test/console-layout.test.ts):
 * compact cells, and the columns that matter less hidden below the window widths given (px), header
 * and cells alike (react-admin names both `column-<source>`). What is hidden is on the record's page.
 */
export function fitColumns(hide: { below: number; columns: string[] }[]): SxProps<Theme> {
  const sx: Record<string, unknown> = {
    '& .MuiTableCell-root': { px: 1 },
    '& .MuiTableCell-root:first-of-type': { pl: 2 },
  };
  for (const { below, columns } of hide) {
    const selector = columns.map((source) => `& .column-${source.replace(/\./g, '\\.')}`).join(', ');
    sx[`@media (max-width: ${below - 0.05}px)`] = { [selector]: { display: 'none' } };
  }
  return sx as SxProps<Theme>;
}
