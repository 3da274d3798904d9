import { defineBackground } from '#imports';

export default defineBackground(() => {
  // The extension is wired up in its own issue; this keeps the build valid meanwhile.
});
