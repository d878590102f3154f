/// <reference types="vite/client" />

// react-dom ships no types here (no @types/react-dom in the project): the little the explorer uses.
declare module 'react-dom/client' {
  import type { ReactNode } from 'react';
  export interface Root {
    render(children: ReactNode): void;
    unmount(): void;
  }
  export function createRoot(container: Element | DocumentFragment): Root;
}
