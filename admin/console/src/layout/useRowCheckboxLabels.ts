import { useEffect } from 'react';

/**
 * react-admin 5.15's row checkbox (`SelectRowCheckbox`) puts its aria-label ("Select this row") on
 * MUI's wrapping span instead of the input: the input has no name and the span an attribute its role
 * does not allow (axe-core: label, aria-prohibited-attr). This moves the label onto the input, for
 * every row a list renders.
 */
export function useRowCheckboxLabels(): void {
  useEffect(() => {
    const fix = () => {
      for (const span of document.querySelectorAll<HTMLElement>('.select-item[aria-label]')) {
        const input = span.querySelector('input');
        if (!input) continue;
        input.setAttribute('aria-label', span.getAttribute('aria-label')!);
        span.removeAttribute('aria-label');
      }
    };
    fix();
    const observer = new MutationObserver(fix);
    observer.observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['aria-label'] });
    return () => observer.disconnect();
  }, []);
}
