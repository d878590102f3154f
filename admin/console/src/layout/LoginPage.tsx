import { Box, Link, Typography } from '@mui/material';
import { LocalesMenuButton, Login, LoginForm, useTranslate } from 'react-admin';
import { SingleSignOnButton } from './SingleSignOn';

/** react-admin's login, saying where you are, with the language menu (before anyone is logged in). */
export function LoginPage() {
  const translate = useTranslate();
  return (
    <Login>
      <Box sx={{ textAlign: 'center', px: 2 }}>
        <Typography variant="h6">{translate('console.title')}</Typography>
        <Typography variant="body2" color="text.secondary">
          {translate('console.subtitle')}
        </Typography>
      </Box>
      <SingleSignOnButton />
      <LoginForm />
      <Box sx={{ textAlign: 'center', pb: 1 }}>
        <Link href="#/forgot-password">{translate('recovery.forgot_link')}</Link>
      </Box>
      <Box sx={{ display: 'flex', justifyContent: 'center', pb: 1, color: 'text.secondary' }}>
        <LocalesMenuButton />
      </Box>
    </Login>
  );
}
