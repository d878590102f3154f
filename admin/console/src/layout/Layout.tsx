import { AppBar, Layout as RaLayout, TitlePortal, type LayoutProps } from 'react-admin';
import { Box, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { Menu } from './Menu';

function ConsoleAppBar() {
  const translate = useTranslate();
  return (
    <AppBar color="primary">
      <Typography variant="h6" sx={{ mr: 2, fontWeight: 600, whiteSpace: 'nowrap' }}>
        {translate('console.title')}
      </Typography>
      <TitlePortal variant="body1" sx={{ opacity: 0.85 }} />
      <Box sx={{ flex: 1 }} />
    </AppBar>
  );
}

export function Layout(props: LayoutProps) {
  return <RaLayout {...props} appBar={ConsoleAppBar} menu={Menu} />;
}
