import { api, ApiError, currentUser } from './api/api.js';
import { can } from './auth/permissions.js';
import { showLoginForm } from './auth/login-form.js';
import { showNoAccess } from './auth/no-access.js';
import { applyCompanyUnits } from './company/company-units.js';
import { startDashboard } from './dashboard/dashboard.js';
import { opensDriverPage } from './driver/driver-access.js';
import { startDriverPage } from './driver/driver-page.js';
import { parseRoute } from './management/routes.js';
import { openSetupLink } from './setup/setup-route.js';

const root = document.getElementById('app');
// A set-up link pasted into an open tab changes only the hash: start again so it opens first.
window.addEventListener('hashchange', () => {
  if (parseRoute(location.hash).name === 'setup') location.reload();
});

try {
  const route = parseRoute(location.hash);
  const user = route.name === 'setup'
    ? await openSetupLink(root, route)
    : (await currentUser()) ?? (await showLoginForm(root));
  applyCompanyUnits(await api.company.get());
  const onDriverPage = opensDriverPage(user, location.hash);
  // The map and the phone page are separate pages: crossing between them loads the other one.
  // Registered before the management area's listener, so that one never sees the other page's route.
  window.addEventListener('hashchange', (event) => {
    if (opensDriverPage(user, location.hash) === onDriverPage) return;
    event.stopImmediatePropagation();
    location.reload();
  });
  if (onDriverPage) {
    await startDriverPage(root, user, { mayUseMap: can(user, 'map') });
  } else {
    try {
      await startDashboard(root, user, new URLSearchParams(location.search));
    } catch (error) {
      if (!(error instanceof ApiError && error.status === 403)) throw error;
      showNoAccess(root, user);
    }
  }
} catch (error) {
  root.textContent = `Titan Fleet could not start: ${error.message}`;
  throw error;
}
