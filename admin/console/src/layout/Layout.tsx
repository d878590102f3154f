import { AppBar, Layout as RaLayout, Logout, TitlePortal, UserMenu, useGetIdentity, type LayoutProps } from 'react-admin';
import { Box, Typography, useMediaQuery, type Theme } from '@mui/material';
import { useTranslate } from 'react-admin';
import { Menu } from './Menu';
import { useRowCheckboxLabels } from './useRowCheckboxLabels';
import { COMPACT_TABLES, DensityButton, useDensity } from '../workspace/density';

/**
 * The user menu's button shows the rep's name: its accessible name says it too ("Test Rep – Profile").
 * Without the name (identity still loading, a phone's narrow bar) react-admin shows an icon whose
 * label it translates with "Profile" as the fallback: it gets the key then, not a translated text
 * (which it would take for a missing key and show in English: found by the vocabulary walk).
 */
function ConsoleUserMenu() {
  const { identity } = useGetIdentity();
  const translate = useTranslate();
  const wide = useMediaQuery<Theme>((theme) => theme.breakpoints.up('sm'));
  const label = wide && identity?.fullName ? `${identity.fullName} – ${translate('ra.auth.user_menu')}` : 'ra.auth.user_menu';
  return (
    <UserMenu label={label}>
      <Logout />
    </UserMenu>
  );
}

function ConsoleAppBar() {
  const translate = useTranslate();
  return (
    <AppBar color="primary" userMenu={<ConsoleUserMenu />}>
      <Typography variant="h6" sx={{ mr: 2, fontWeight: 600, whiteSpace: 'nowrap' }}>
        {translate('console.title')}
      </Typography>
      <TitlePortal variant="body1" sx={{ opacity: 0.85 }} />
      <Box sx={{ flex: 1 }} />
      <DensityButton />
    </AppBar>
  );
}

export function Layout(props: LayoutProps) {
  useRowCheckboxLabels();
  const [density] = useDensity();
  // A collapsed bulk toolbar (nothing selected) is out of sight: hidden, so its buttons are out of the tab order too.
  // The layout takes the window's width, not its content's: react-admin's root is `min-width: fit-content` and its
  // content a flex item of `min-width: auto`, so a table whose columns add up to a few pixels more than the window (a
  // longer order number in a column that does not wrap) pushed the whole page sideways. Now the table shrinks
  // (truncating, wrapping) into what the window leaves beside the menu.
  return (
    <RaLayout
      {...props}
      appBar={ConsoleAppBar}
      menu={Menu}
      sx={{
        minWidth: 0,
        '& .RaLayout-content': { minWidth: 0 },
        '& .RaBulkActionsToolbar-collapsed': { visibility: 'hidden' },
        ...(density === 'compact' ? COMPACT_TABLES : {}),
      }}
    />
  );
}
