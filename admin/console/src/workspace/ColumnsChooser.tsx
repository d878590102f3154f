import CheckBoxIcon from '@mui/icons-material/CheckBox';
import CheckBoxOutlineBlankIcon from '@mui/icons-material/CheckBoxOutlineBlank';
import ViewWeekIcon from '@mui/icons-material/ViewWeek';
import { Button, ListItemIcon, ListItemText, Menu, MenuItem } from '@mui/material';
import { useState } from 'react';
import { useListContext, useStore, useTranslate } from 'react-admin';

/**
 * "Columns": shows or hides a list's columns. It writes the hidden columns where react-admin's DataTable
 * reads them (the store's `<resource>.datatable`), as its own ColumnsButton does; a menu of checkable
 * items rather than that button's list of switches, which axe-core finds nested and mis-roled.
 */
export function ColumnsChooser({ columns }: { columns: Record<string, string> }) {
  const translate = useTranslate();
  const { resource } = useListContext();
  const [hidden, setHidden] = useStore<string[]>(`${resource}.datatable`, []);
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const label = translate('ra.action.select_columns', { _: 'Columns' });
  return (
    <>
      <Button size="small" startIcon={<ViewWeekIcon />} onClick={(event) => setAnchor(event.currentTarget)} aria-haspopup="menu" data-testid="columns">
        {label}
      </Button>
      <Menu anchorEl={anchor} open={!!anchor} onClose={() => setAnchor(null)} slotProps={{ list: { 'aria-label': label } }}>
        {Object.entries(columns).map(([source, key]) => {
          const shown = !hidden.includes(source);
          return (
            <MenuItem
              key={source}
              role="menuitemcheckbox"
              aria-checked={shown}
              onClick={() => setHidden(shown ? [...hidden, source] : hidden.filter((c) => c !== source))}
            >
              <ListItemIcon>{shown ? <CheckBoxIcon fontSize="small" color="primary" /> : <CheckBoxOutlineBlankIcon fontSize="small" />}</ListItemIcon>
              <ListItemText primary={translate(key)} />
            </MenuItem>
          );
        })}
      </Menu>
    </>
  );
}
