/**
 * Extra buttons in the side panel's action bar. To add one (for example "Draft a challenge
 * letter"), add an entry to EXTRA_ACTIONS: the panel renders a button for it, enables it
 * when `isEnabled` says so, and calls `run` with the current results.
 */
import type { PageResults } from '../../shared/dom/messages.ts';
import { challengeLetterAction } from '../../shared/practice/ui/letter-action.ts';

export interface PanelContext {
  tabId: number | null;
  results: PageResults | null;
  /** Show a short message in the panel's status line (read out by screen readers). */
  announce(message: string): void;
  /** Findings from linked documents the user checked, each with where it is ("the linked document “…”, page 2"). */
  linked?: { finding: import('../../shared/engine/finding.ts').Finding; place: string }[];
}

export interface PanelAction {
  id: string;
  label: string;
  /** Defaults to "there are results to act on". */
  isEnabled?(context: PanelContext): boolean;
  run(context: PanelContext): void | Promise<void>;
}

export const EXTRA_ACTIONS: PanelAction[] = [challengeLetterAction];
