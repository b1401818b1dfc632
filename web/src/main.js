import { currentUser } from './api/api.js';
import { showLoginForm } from './auth/login-form.js';
import { startDashboard } from './dashboard/dashboard.js';

const root = document.getElementById('app');

try {
  const user = (await currentUser()) ?? (await showLoginForm(root));
  await startDashboard(root, user, new URLSearchParams(location.search));
} catch (error) {
  root.textContent = `Titan Fleet could not start: ${error.message}`;
  throw error;
}
