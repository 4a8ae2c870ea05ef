CREATE UNIQUE INDEX "users_centre_id_key" ON "users" USING btree ("centre_id","id");--> statement-breakpoint
ALTER TABLE "persons" ADD COLUMN "responsible_user_id" uuid;--> statement-breakpoint
ALTER TABLE "persons" ADD CONSTRAINT "persons_responsible_fk" FOREIGN KEY ("centre_id","responsible_user_id") REFERENCES "public"."users"("centre_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "persons_centre_responsible_idx" ON "persons" USING btree ("centre_id","responsible_user_id","search_name","id");--> statement-breakpoint
-- Existing files are followed by whoever registered them, when that account is of the same centre.
UPDATE persons p SET responsible_user_id = p.created_by
  FROM users u WHERE u.id = p.created_by AND u.centre_id = p.centre_id;
