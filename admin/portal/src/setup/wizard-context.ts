import { createContext, useContext } from 'react';
import type { Session, StepMutation, UserError } from '../api/operations';

export interface WizardApi {
  /** `setup`: the Set up now wizard's session; `login`: an administrator continuing the service setup. */
  mode: 'setup' | 'login';
  session: Session;
  sessionToken: string;
  busy: boolean;
  /** Runs a step's mutation; null when it succeeded (the wizard moves on), else the errors to show. */
  submit(name: StepMutation, input: Record<string, unknown>): Promise<UserError[] | null>;
  /** Back to the previous step, or null where the source has no Back. */
  back: (() => void) | null;
  /** What was typed at a step before (memory only), and remembering it. */
  draft<T>(key: string): T | undefined;
  remember(key: string, values: unknown): void;
}

export const WizardContext = createContext<WizardApi | null>(null);

export function useWizard(): WizardApi {
  const context = useContext(WizardContext);
  if (!context) throw new Error('useWizard outside the wizard');
  return context;
}
