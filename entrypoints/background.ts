// Extension-only: the background script (MV3 service worker in Chrome, event page in Firefox).
export default defineBackground(() => {
  // Wiring is added by the live-page work: commands, context menus, on-demand injection.
});
