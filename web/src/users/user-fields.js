// User roles as the API names them (TitanFleet.Api/Auth Roles) and how people read them.
export const ROLES = [
  { value: 'driver', label: 'Driver' },
  { value: 'mechanic', label: 'Mechanic' },
  { value: 'manager', label: 'Manager' },
  { value: 'admin', label: 'Admin' },
];

export function roleLabel(value) {
  return ROLES.find((role) => role.value === value)?.label ?? value;
}

/** Active, deactivated, or waiting for the user to choose a password with their set-up token. */
export function userState(user) {
  if (!user.active) return { status: 'retired', label: 'Deactivated' };
  if (!user.hasPassword) return { status: 'maintenance', label: 'Set-up pending' };
  return { status: 'active', label: 'Active' };
}
