-- Why: every index serves a declared query (issue 13; the map is DATABASE_OPTIMIZATION.md, checked
-- by IndexMapTests, and QueryPlanTests EXPLAINs every NamedQuery at volume). These indexes served
-- none, so they only cost writes and memory:
-- ix_users_company_role: no query filters users by role alone; the queries that do (below) read live users only.
DROP INDEX IF EXISTS ix_users_company_role;
-- ix_vehicles_company_registration: duplicates ux_vehicles_company_registration_live for every live vehicle;
-- lists that include retired vehicles read the company's few rows through ix_vehicles_company_status.
DROP INDEX IF EXISTS ix_vehicles_company_registration;
-- Rectifications are read only through their defect (ix_rectifications_defect_signed); a report
-- that lists them by vehicle or mechanic adds its index with the query.
DROP INDEX IF EXISTS ix_rectifications_company_vehicle_signed;
DROP INDEX IF EXISTS ix_rectifications_company_mechanic_signed;

-- Partial for active records: a deleted user never receives a notification or counts as an admin.
-- Serves: UserQueries.OtherActiveAdminExists (users.other-active-admin-exists), NotificationQueries.RecipientUsers (notification-recipients.users).
CREATE INDEX IF NOT EXISTS ix_users_company_active_role ON users (company_id, role) WHERE deleted_at IS NULL;
