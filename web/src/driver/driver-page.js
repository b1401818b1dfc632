import { api } from '../api/api.js';
import { renderCheckResult } from './check-result.js';
import { driverApi } from './driver-api.js';
import { renderDriverLayout } from './driver-layout.js';
import { shiftPanel } from './shift-panel.js';
import { renderShiftStart } from './shift-start.js';
import { renderTimesheet } from './timesheet-card.js';
import { vehiclePicker } from './vehicle-picker.js';
import { renderWalkaround } from './walkaround-form.js';

// The hours change while the driver drives: read them again this often, and after every action.
const REFRESH_MS = 30_000;

/**
 * The phone page of a driver (and of a manager or admin who takes a vehicle out): off duty, pick
 * a vehicle, do its walkaround, start the shift; on shift, change activity, watch the hours, end
 * the shift and read the timesheet entry back.
 */
export async function startDriverPage(root, user, { mayUseMap }) {
  const layout = renderDriverLayout(root, user, {
    mayUseMap,
    onSignOut: async () => {
      await api.logout();
      location.reload();
    },
  });
  const { screen } = layout;
  let current = null;
  let panel = null;
  // The odometer a check just read: the shift that follows starts from it.
  const checkedOdometerKm = new Map();

  const fail = (error) => layout.show(error.message, 'error');
  const run = (work) => Promise.resolve().then(work).catch(fail);

  const showShift = () => {
    panel = shiftPanel({
      onChanged: (next) => {
        current = next;
        panel.update(current);
        layout.show(null);
      },
      onEnded: (timesheet) => {
        current = null;
        panel = null;
        layout.show(null);
        renderTimesheet(screen, timesheet, { onDone: () => run(home) });
      },
      onError: fail,
    });
    panel.update(current);
    screen.replaceChildren(panel.element);
  };

  const chooseVehicle = async () => {
    panel = null;
    const picker = vehiclePicker((vehicle) => run(() => showVehicle(vehicle)));
    screen.replaceChildren(picker.element);
    await picker.load();
  };

  const showVehicle = (vehicle, startNow = false) => {
    renderShiftStart(screen, vehicle, current, {
      startNow,
      odometerKm: checkedOdometerKm.get(vehicle.id),
      onCheck: () => run(() => walkaround(vehicle)),
      onStarted: (started) => {
        current = started;
        layout.show(`Shift started on ${vehicle.registration}.`, 'success');
        showShift();
      },
      onChangeVehicle: () => run(chooseVehicle),
    });
  };

  const walkaround = async (vehicle) => {
    layout.show(null);
    await renderWalkaround(screen, vehicle, {
      onSubmitted: (inspection) => {
        const offRoad = (inspection.defects ?? []).some((defect) => defect.severity === 'dangerous');
        const checked = { ...vehicle, status: offRoad ? 'vor' : vehicle.status };
        checkedOdometerKm.set(vehicle.id, inspection.odometerKm);
        current = { ...current, lastCheck: { inspectionId: inspection.id, vehicleId: vehicle.id, submittedAt: inspection.submittedAt } };
        renderCheckResult(screen, inspection, { onStartShift: () => run(() => showVehicle(checked, true)), onDone: () => run(offRoad ? chooseVehicle : () => showVehicle(checked)) });
        window.scrollTo(0, 0);
      },
      onCancel: () => run(() => showVehicle(vehicle)),
    });
    window.scrollTo(0, 0);
  };

  const home = async () => {
    current = await driverApi.currentShift();
    if (current.state === 'onShift') showShift();
    else await chooseVehicle();
  };

  setInterval(() => {
    if (!panel) return;
    driverApi.currentShift().then((next) => {
      if (!panel) return;
      current = next;
      if (next.state === 'onShift') panel.update(next);
      else run(home);
    }).catch(fail);
  }, REFRESH_MS);

  document.title = 'Titan Fleet · Driver';
  await home();
}
