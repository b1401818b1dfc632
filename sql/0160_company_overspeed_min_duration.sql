-- Why: overspeed (issue 11). How long a vehicle must stay above its limit before one overspeed
-- event fires is a company's choice (a hilly route's fleet tolerates a longer burst than a city
-- van fleet), set next to its speed limits. Null means the server's default
-- (VehicleLive__OverspeedMinDuration). The API accepts 1 to 600 seconds; the check keeps the table honest.
ALTER TABLE companies ADD COLUMN overspeed_min_duration_seconds integer NULL;
ALTER TABLE companies ADD CONSTRAINT ck_companies_overspeed_min_duration CHECK (overspeed_min_duration_seconds BETWEEN 1 AND 600);
