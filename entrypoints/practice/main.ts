// The practice page's entry point: all the work is in shared/practice/ui/page.ts, so the
// same page runs inside the extension (practice.html) and from the repository (npm run practice).
import { startPracticePage } from '../../shared/practice/ui/page.ts';

startPracticePage();
