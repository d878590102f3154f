import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Container from '@mui/material/Container';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { LANGUAGES, useI18n } from '../i18n/i18n';

/** The page frame: a skip link, the header with the language switch, and the main landmark. */
export function Shell({ children, actions }: { children: ReactNode; actions?: ReactNode }) {
  const { t, lang, choose } = useI18n();
  return (
    <>
      <Box
        component="a"
        href="#main"
        sx={{ position: 'absolute', left: -10000, top: 0, '&:focus': { left: 8, top: 8, zIndex: 2000, bgcolor: 'background.paper', p: 1 } }}
      >
        {t('app.skipToContent')}
      </Box>
      <AppBar position="static" color="inherit" elevation={0} sx={{ borderBottom: 1, borderColor: 'divider' }}>
        <Toolbar sx={{ gap: 1, flexWrap: 'wrap', py: 0.5 }}>
          <Typography component="p" variant="h6" sx={{ flexGrow: 1, fontWeight: 700, color: 'primary.main', fontSize: { xs: '1.05rem', sm: '1.25rem' } }}>
            {t('app.title')}
          </Typography>
          <ToggleButtonGroup size="small" exclusive value={lang} aria-label={t('app.language')} onChange={(_event, value) => value && choose(value)}>
            {/* The name starts with what the button shows (axe: label-content-name-mismatch), then says the language in full. */}
            {LANGUAGES.map((code) => (
              <ToggleButton key={code} value={code} lang={code} aria-label={`${code.toUpperCase()} – ${code === 'en' ? 'English' : 'Italiano'}`}>
                {code.toUpperCase()}
              </ToggleButton>
            ))}
          </ToggleButtonGroup>
          {actions}
        </Toolbar>
      </AppBar>
      <Container component="main" id="main" tabIndex={-1} maxWidth="sm" sx={{ py: { xs: 2, sm: 4 }, px: { xs: 2, sm: 3 }, '&:focus': { outline: 'none' } }}>
        {children}
      </Container>
    </>
  );
}
