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

/**
 * An order's CCW number in a table or list: whole at the lengths CCW uses day to day, cut with an ellipsis past
 * `width` px (CCW allows up to 64 characters, without a space to break at), the whole number on hover and for
 * screen readers. A number never widens its column past `width`, so no table pushes the page sideways.
 */
export function OrderNumber({ value, width = 140 }: { value: string; width?: number }) {
  return (
    <span
      title={value}
      data-testid="order-number"
      style={{ display: 'inline-block', maxWidth: width, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', verticalAlign: 'bottom' }}
    >
      {value}
    </span>
  );
}
