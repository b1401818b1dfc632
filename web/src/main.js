import { api, ApiError, currentUser } from './api/api.js';
import { showLoginForm } from './auth/login-form.js';
import { showNoAccess } from './auth/no-access.js';
import { applyCompanyUnits } from './company/company-units.js';
import { startDashboard } from './dashboard/dashboard.js';
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
  try {
    await startDashboard(root, user, new URLSearchParams(location.search));
  } catch (error) {
    if (!(error instanceof ApiError && error.status === 403)) throw error;
    showNoAccess(root, user);
  }
} catch (error) {
  root.textContent = `Titan Fleet could not start: ${error.message}`;
  throw error;
}
