-- Phones are stored in E.164 since issue 9 ("+33684630554"): the forms normalise them with
-- libphonenumber-js and the duplicate check compares them as stored. French national numbers
-- typed before ("06 84 63 05 54", "06.84.63.05.54") become E.164 here, so that a request sent
-- before and one sent after match; any other value is left as typed (it is shown as typed).
UPDATE "childcare_requests"
SET "phone" = '+33' || substr(regexp_replace("phone", '[^0-9]', '', 'g'), 2)
WHERE "phone" !~ '^\+' AND regexp_replace("phone", '[^0-9]', '', 'g') ~ '^0[1-9][0-9]{8}$';
--> statement-breakpoint
UPDATE "appointments"
SET "phone" = '+33' || substr(regexp_replace("phone", '[^0-9]', '', 'g'), 2)
WHERE "phone" !~ '^\+' AND regexp_replace("phone", '[^0-9]', '', 'g') ~ '^0[1-9][0-9]{8}$';
