import { session } from '../dataProvider/client';

/**
 * Downloads a CSV the server streams (`/export/…`, bearer-authenticated like GraphQL, so not a
 * plain link): read into a Blob, then saved under the server's file name.
 */
export async function downloadCsv(path: string): Promise<void> {
  const token = session.get()?.token;
  const response = await fetch(path, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  if (!response.ok) throw new Error((await response.text().catch(() => '')) || `HTTP ${response.status}`);
  const disposition = response.headers.get('content-disposition') ?? '';
  const filename = /filename="([^"]+)"/.exec(disposition)?.[1] ?? 'export.csv';
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
