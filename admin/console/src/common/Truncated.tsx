/**
 * A name cut to one line with an ellipsis; the whole of it on hover (and for screen readers, which read
 * the text). At most `width` px wide, and narrower when the table needs the room: the text may break
 * between words (only its first line shows), so its column shrinks down to its longest word.
 */
export function Truncated({ text, width = 150 }: { text: string; width?: number }) {
  return (
    <span
      title={text}
      style={{ display: '-webkit-box', WebkitLineClamp: 1, WebkitBoxOrient: 'vertical', maxWidth: width, overflow: 'hidden', textOverflow: 'ellipsis' }}
    >
      {text}
    </span>
  );
}
