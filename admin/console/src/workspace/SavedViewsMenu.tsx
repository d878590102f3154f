import BookmarkBorderIcon from '@mui/icons-material/BookmarkBorder';
import DeleteOutlineIcon from '@mui/icons-material/DeleteOutlined';
import {
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  Divider,
  IconButton,
  ListItemText,
  Menu,
  MenuItem,
  TextField,
} from '@mui/material';
import { useState } from 'react';
import { useListContext, useNotify, useStore, useTranslate } from 'react-admin';
import { useSavedViewActions, useSavedViews, type SavedViewRecord, type ViewResource } from './api';

/**
 * The columns a list shows, through react-admin's store (what its ColumnsButton changes): the hidden
 * ones under `<resource>.datatable`, their order under `<resource>.datatable_columnRanks`.
 */
export function useListColumns(resource: string, all: readonly string[]) {
  const key = `${resource}.datatable`;
  const [hidden, setHidden] = useStore<string[]>(key, []);
  const [ranks, setRanks] = useStore<number[] | undefined>(`${key}_columnRanks`);
  const ordered = ranks?.length ? [...ranks.map((r) => all[r]).filter(Boolean), ...all.filter((_c, i) => !ranks.includes(i))] : [...all];
  return {
    shown: ordered.filter((column) => !hidden.includes(column)),
    apply(columns: string[] | null) {
      if (!columns) {
        setHidden([]);
        setRanks(undefined);
        return;
      }
      const known = columns.filter((c) => all.includes(c));
      setHidden(all.filter((c) => !known.includes(c)));
      setRanks([...known.map((c) => all.indexOf(c)), ...all.map((_c, i) => i).filter((i) => !known.includes(all[i]))]);
    },
  };
}

/**
 * "Views": the rep's own saved views of this list (filters and columns), kept on the server so they
 * follow the rep to any browser. Choosing one applies it; "Save this view…" keeps the filters and
 * columns shown now under a name (the same name replaces it); the bin deletes one.
 */
export function SavedViewsMenu({ resource, columns }: { resource: ViewResource; columns: readonly string[] }) {
  const translate = useTranslate();
  const notify = useNotify();
  const { filterValues, setFilters, resource: listResource } = useListContext();
  const listColumns = useListColumns(listResource, columns);
  const { data: views = [] } = useSavedViews(resource);
  const actions = useSavedViewActions(resource);
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [naming, setNaming] = useState(false);
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [current, setCurrent] = useStore<string | null>(`${listResource}.savedView`, null);
  const active = views.find((v) => v.id === current);

  const apply = (view: SavedViewRecord) => {
    setFilters(view.filters, {});
    listColumns.apply(view.columns);
    setCurrent(view.id);
    setAnchor(null);
  };
  const save = async () => {
    try {
      const view = await actions.save(name, filterValues, listColumns.shown);
      setCurrent(view.id);
      setNaming(false);
      notify('console.workspace.views.saved', { type: 'success', messageArgs: { name: view.name } });
    } catch (e: any) {
      setError(e?.body?.errors?.name ?? e?.message ?? null);
    }
  };
  const remove = async (view: SavedViewRecord) => {
    try {
      await actions.remove(view.id);
      if (current === view.id) setCurrent(null);
      notify('console.workspace.views.deleted', { type: 'info', messageArgs: { name: view.name } });
    } catch (e: any) {
      notify(e?.message ?? 'ra.notification.http_error', { type: 'error' });
    }
  };

  return (
    <>
      <Button
        size="small"
        startIcon={<BookmarkBorderIcon />}
        onClick={(event) => setAnchor(event.currentTarget)}
        aria-haspopup="menu"
        aria-controls={anchor ? 'saved-views-menu' : undefined}
        data-testid="saved-views"
        sx={{ maxWidth: 220, '& .label': { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' } }}
        title={active ? active.name : undefined}
      >
        <span className="label">{active ? active.name : translate('console.workspace.views.button')}</span>
      </Button>
      <Menu id="saved-views-menu" anchorEl={anchor} open={!!anchor} onClose={() => setAnchor(null)}>
        {views.length === 0 ? (
          <MenuItem disabled>
            <ListItemText primary={translate('console.workspace.views.none')} />
          </MenuItem>
        ) : null}
        {views.map((view) => (
          <MenuItem key={view.id} selected={view.id === current} onClick={() => apply(view)} data-testid="saved-view" sx={{ pr: 1 }}>
            <ListItemText primary={view.name} slotProps={{ primary: { noWrap: true, title: view.name, sx: { maxWidth: 260 } } }} />
            <IconButton
              size="small"
              edge="end"
              sx={{ ml: 1 }}
              aria-label={translate('console.workspace.views.delete', { name: view.name })}
              onClick={(event) => {
                event.stopPropagation();
                void remove(view);
              }}
            >
              <DeleteOutlineIcon fontSize="small" />
            </IconButton>
          </MenuItem>
        ))}
        <Divider />
        <MenuItem
          onClick={() => {
            setAnchor(null);
            setName(active?.name ?? '');
            setError(null);
            setNaming(true);
          }}
          data-testid="save-view"
        >
          {translate('console.workspace.views.save')}
        </MenuItem>
        {current ? (
          <MenuItem
            onClick={() => {
              setCurrent(null);
              setAnchor(null);
            }}
          >
            {translate('console.workspace.views.leave')}
          </MenuItem>
        ) : null}
      </Menu>
      <Dialog open={naming} onClose={() => setNaming(false)} aria-labelledby="save-view-title" fullWidth maxWidth="xs">
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void save();
          }}
          noValidate
        >
          <DialogTitle id="save-view-title">{translate('console.workspace.views.save_title')}</DialogTitle>
          <DialogContent>
            <DialogContentText sx={{ mb: 2 }}>{translate('console.workspace.views.save_text')}</DialogContentText>
            <TextField
              autoFocus
              fullWidth
              name="name"
              label={translate('console.workspace.views.name')}
              value={name}
              onChange={(event) => setName(event.target.value)}
              error={!!error}
              helperText={error ? translate(error, { _: error }) : ' '}
            />
          </DialogContent>
          <DialogActions sx={{ px: 3, pb: 2 }}>
            <Button onClick={() => setNaming(false)}>{translate('console.common.cancel')}</Button>
            <Button type="submit" variant="contained">
              {translate('console.workspace.views.save_button')}
            </Button>
          </DialogActions>
        </form>
      </Dialog>
    </>
  );
}
