// Never download a browser at install: the build uses PUPPETEER_EXECUTABLE_PATH, Puppeteer's cache if one
// exists, or a system Chromium (see src/print/browser.ts).
module.exports = { skipDownload: true };
