-- The SQLite database at head, as every migration makes it: written by
-- tools/sqlite_schema.py from `alembic upgrade head` on an empty file. Do not edit.
-- After a new migration: uv run python tools/sqlite_schema.py write
-- A first start runs it in one transaction (circle_app/store/head_schema.py).

CREATE TABLE "agreement_action" (
	id INTEGER NOT NULL, 
	case_id INTEGER NOT NULL, 
	position INTEGER NOT NULL, 
	description VARCHAR NOT NULL, 
	carried_out_by VARCHAR NOT NULL, 
	followed_up_by VARCHAR NOT NULL, 
	due_on DATE NOT NULL, 
	follow_up_on DATE NOT NULL, 
	status VARCHAR NOT NULL, 
	is_consequence BOOLEAN NOT NULL, 
	carried_out_by_person_id INTEGER, 
	followed_up_by_person_id INTEGER, 
	PRIMARY KEY (id), 
	CONSTRAINT fk_agreement_action_carried_out_by_person_id FOREIGN KEY(carried_out_by_person_id) REFERENCES person (id) ON DELETE SET NULL, 
	CONSTRAINT fk_agreement_action_followed_up_by_person_id FOREIGN KEY(followed_up_by_person_id) REFERENCES person (id) ON DELETE SET NULL, 
	FOREIGN KEY(case_id) REFERENCES conference_case (id) ON DELETE CASCADE
);

CREATE INDEX ix_agreement_action_carried_out_by_person_id ON agreement_action (carried_out_by_person_id);

CREATE INDEX ix_agreement_action_case_id ON agreement_action (case_id);

CREATE INDEX ix_agreement_action_follow_up_on ON agreement_action (follow_up_on);

CREATE INDEX ix_agreement_action_followed_up_by_person_id ON agreement_action (followed_up_by_person_id);

CREATE TABLE alembic_version (
	version_num VARCHAR(32) NOT NULL, 
	CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

CREATE TABLE "circle" (
	id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, 
	group_id INTEGER, 
	kind VARCHAR NOT NULL, 
	language VARCHAR NOT NULL, 
	age_band VARCHAR, 
	direction VARCHAR NOT NULL, 
	start_seat INTEGER NOT NULL, 
	planned_rounds INTEGER NOT NULL, 
	keeper_person_id INTEGER, 
	keeper_role VARCHAR, 
	started_at DATETIME NOT NULL, 
	ended_at DATETIME, 
	is_demo BOOLEAN NOT NULL, 
	rounds_count INTEGER DEFAULT '0' NOT NULL, 
	turns_count INTEGER DEFAULT '0' NOT NULL, 
	passed_count INTEGER DEFAULT '0' NOT NULL, 
	FOREIGN KEY(group_id) REFERENCES circle_group (id) ON DELETE SET NULL, 
	FOREIGN KEY(keeper_person_id) REFERENCES person (id) ON DELETE SET NULL
);

CREATE INDEX ix_circle_group_id ON circle (group_id);

CREATE INDEX ix_circle_keeper_person_id ON circle (keeper_person_id);

CREATE INDEX ix_circle_started_at ON circle (started_at);

CREATE TABLE circle_event (
	id INTEGER NOT NULL, 
	circle_id INTEGER NOT NULL, 
	seq INTEGER NOT NULL, 
	kind VARCHAR NOT NULL, 
	seat INTEGER, 
	bank_id VARCHAR, 
	prompt_id VARCHAR, 
	at DATETIME NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(circle_id) REFERENCES circle (id) ON DELETE CASCADE, 
	UNIQUE (circle_id, seq)
);

CREATE INDEX ix_circle_event_circle_id ON circle_event (circle_id);

CREATE TABLE "circle_group" (
	id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, 
	name VARCHAR NOT NULL, 
	kind VARCHAR NOT NULL, 
	age_band VARCHAR, 
	language VARCHAR NOT NULL, 
	created_at DATETIME NOT NULL, 
	keeper_roles VARCHAR DEFAULT 'staff' NOT NULL, 
	board_controls BOOLEAN DEFAULT 1 NOT NULL, 
	UNIQUE (name)
);

CREATE TABLE circle_group_tally (
	id INTEGER NOT NULL, 
	period VARCHAR NOT NULL, 
	period_start DATE NOT NULL, 
	group_id INTEGER NOT NULL, 
	circles INTEGER NOT NULL, 
	rounds INTEGER NOT NULL, 
	turns INTEGER NOT NULL, 
	passed INTEGER NOT NULL, 
	kind_peacetime INTEGER NOT NULL, 
	kind_academic INTEGER NOT NULL, 
	kind_parents INTEGER NOT NULL, 
	kind_conflict INTEGER NOT NULL, 
	keeper_pupil INTEGER NOT NULL, 
	keeper_staff INTEGER NOT NULL, 
	keeper_parent INTEGER NOT NULL, 
	keeper_guest INTEGER NOT NULL, 
	PRIMARY KEY (id), 
	UNIQUE (period, period_start, group_id)
);

CREATE TABLE circle_plan (
	circle_id INTEGER NOT NULL, 
	body VARCHAR NOT NULL, 
	PRIMARY KEY (circle_id), 
	FOREIGN KEY(circle_id) REFERENCES circle (id) ON DELETE CASCADE
);

CREATE TABLE circle_round (
	id INTEGER NOT NULL, 
	circle_id INTEGER NOT NULL, 
	seq INTEGER NOT NULL, 
	number INTEGER NOT NULL, 
	mode VARCHAR NOT NULL, 
	stage VARCHAR, 
	bank_id VARCHAR, 
	prompt_id VARCHAR, 
	started_at DATETIME NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(circle_id) REFERENCES circle (id) ON DELETE CASCADE, 
	UNIQUE (circle_id, seq)
);

CREATE INDEX ix_circle_round_circle_id ON circle_round (circle_id);

CREATE TABLE circle_seat (
	id INTEGER NOT NULL, 
	circle_id INTEGER NOT NULL, 
	position INTEGER NOT NULL, 
	person_id INTEGER, 
	present BOOLEAN NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(circle_id) REFERENCES circle (id) ON DELETE CASCADE, 
	FOREIGN KEY(person_id) REFERENCES person (id) ON DELETE SET NULL, 
	UNIQUE (circle_id, position)
);

CREATE INDEX ix_circle_seat_circle_id ON circle_seat (circle_id);

CREATE INDEX ix_circle_seat_person_id ON circle_seat (person_id);

CREATE TABLE circle_tally (
	id INTEGER NOT NULL, 
	period VARCHAR NOT NULL, 
	period_start DATE NOT NULL, 
	group_id INTEGER NOT NULL, 
	kind VARCHAR NOT NULL, 
	keeper_role VARCHAR NOT NULL, 
	circles INTEGER NOT NULL, 
	rounds INTEGER NOT NULL, 
	turns INTEGER NOT NULL, 
	passed INTEGER NOT NULL, 
	PRIMARY KEY (id), 
	UNIQUE (period, period_start, group_id, kind, keeper_role)
);

CREATE TABLE "conference_case" (
	id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, 
	title VARCHAR NOT NULL, 
	held_on DATE NOT NULL, 
	facilitator VARCHAR NOT NULL, 
	facilitator_own_institution BOOLEAN NOT NULL, 
	police_involved BOOLEAN NOT NULL, 
	language VARCHAR NOT NULL, 
	created_at DATETIME NOT NULL, 
	started_at DATETIME, 
	start_override_reason VARCHAR, 
	is_demo BOOLEAN NOT NULL, 
	facilitator_person_id INTEGER, 
	CONSTRAINT fk_conference_case_facilitator_person_id FOREIGN KEY(facilitator_person_id) REFERENCES person (id) ON DELETE SET NULL
);

CREATE INDEX ix_conference_case_facilitator_person_id ON conference_case (facilitator_person_id);

CREATE TABLE conference_guardian (
	id INTEGER NOT NULL, 
	child_id INTEGER NOT NULL, 
	guardian_id INTEGER NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(child_id) REFERENCES conference_participant (id) ON DELETE CASCADE, 
	FOREIGN KEY(guardian_id) REFERENCES conference_participant (id) ON DELETE CASCADE, 
	UNIQUE (child_id, guardian_id)
);

CREATE INDEX ix_conference_guardian_child_id ON conference_guardian (child_id);

CREATE INDEX ix_conference_guardian_guardian_id ON conference_guardian (guardian_id);

CREATE TABLE "conference_participant" (
	id INTEGER NOT NULL, 
	case_id INTEGER NOT NULL, 
	position INTEGER NOT NULL, 
	name VARCHAR NOT NULL, 
	role VARCHAR NOT NULL, 
	consent VARCHAR NOT NULL, 
	birth_year INTEGER, 
	under_18 BOOLEAN, 
	person_id INTEGER, 
	PRIMARY KEY (id), 
	CONSTRAINT fk_conference_participant_person_id FOREIGN KEY(person_id) REFERENCES person (id) ON DELETE SET NULL, 
	FOREIGN KEY(case_id) REFERENCES conference_case (id) ON DELETE CASCADE
);

CREATE INDEX ix_conference_participant_case_id ON conference_participant (case_id);

CREATE INDEX ix_conference_participant_person_id ON conference_participant (person_id);

CREATE TABLE "conversation" (
	id INTEGER NOT NULL, 
	case_id INTEGER, 
	language VARCHAR NOT NULL, 
	facilitator VARCHAR NOT NULL, 
	facilitator_role VARCHAR NOT NULL, 
	started_at DATETIME NOT NULL, 
	ended_at DATETIME, 
	is_demo BOOLEAN NOT NULL, 
	facilitator_person_id INTEGER, 
	PRIMARY KEY (id), 
	CONSTRAINT fk_conversation_facilitator_person_id FOREIGN KEY(facilitator_person_id) REFERENCES person (id) ON DELETE SET NULL, 
	FOREIGN KEY(case_id) REFERENCES conference_case (id) ON DELETE CASCADE
);

CREATE INDEX ix_conversation_case_id ON conversation (case_id);

CREATE INDEX ix_conversation_facilitator_person_id ON conversation (facilitator_person_id);

CREATE INDEX ix_conversation_started_at ON conversation (started_at);

CREATE TABLE "conversation_party" (
	id INTEGER NOT NULL, 
	conversation_id INTEGER NOT NULL, 
	position INTEGER NOT NULL, 
	name VARCHAR NOT NULL, 
	role VARCHAR, 
	person_id INTEGER, 
	PRIMARY KEY (id), 
	CONSTRAINT fk_conversation_party_person_id FOREIGN KEY(person_id) REFERENCES person (id) ON DELETE SET NULL, 
	FOREIGN KEY(conversation_id) REFERENCES conversation (id) ON DELETE CASCADE, 
	UNIQUE (conversation_id, position)
);

CREATE INDEX ix_conversation_party_conversation_id ON conversation_party (conversation_id);

CREATE INDEX ix_conversation_party_person_id ON conversation_party (person_id);

CREATE TABLE conversation_turn (
	id INTEGER NOT NULL, 
	conversation_id INTEGER NOT NULL, 
	seq INTEGER NOT NULL, 
	step VARCHAR NOT NULL, 
	party INTEGER NOT NULL, 
	started_at DATETIME NOT NULL, 
	ended_at DATETIME NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(conversation_id) REFERENCES conversation (id) ON DELETE CASCADE, 
	UNIQUE (conversation_id, seq)
);

CREATE INDEX ix_conversation_turn_conversation_id ON conversation_turn (conversation_id);

CREATE TABLE favourite_prompt (
	id INTEGER NOT NULL, 
	bank_id VARCHAR NOT NULL, 
	prompt_id VARCHAR NOT NULL, 
	created_at DATETIME NOT NULL, 
	PRIMARY KEY (id), 
	UNIQUE (bank_id, prompt_id)
);

CREATE TABLE follow_up_meeting (
	id INTEGER NOT NULL, 
	case_id INTEGER NOT NULL, 
	held_on DATE NOT NULL, 
	note VARCHAR NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(case_id) REFERENCES conference_case (id) ON DELETE CASCADE
);

CREATE INDEX ix_follow_up_meeting_case_id ON follow_up_meeting (case_id);

CREATE TABLE follow_up_review (
	id INTEGER NOT NULL, 
	meeting_id INTEGER NOT NULL, 
	action_id INTEGER NOT NULL, 
	kept VARCHAR NOT NULL, 
	next_step VARCHAR NOT NULL, 
	new_date DATE, 
	new_action_id INTEGER, 
	PRIMARY KEY (id), 
	FOREIGN KEY(action_id) REFERENCES agreement_action (id) ON DELETE CASCADE, 
	FOREIGN KEY(meeting_id) REFERENCES follow_up_meeting (id) ON DELETE CASCADE, 
	FOREIGN KEY(new_action_id) REFERENCES agreement_action (id) ON DELETE SET NULL, 
	UNIQUE (meeting_id, action_id)
);

CREATE INDEX ix_follow_up_review_action_id ON follow_up_review (action_id);

CREATE INDEX ix_follow_up_review_meeting_id ON follow_up_review (meeting_id);

CREATE INDEX ix_follow_up_review_new_action_id ON follow_up_review (new_action_id);

CREATE TABLE group_plan (
	id INTEGER NOT NULL, 
	group_id INTEGER NOT NULL, 
	body VARCHAR NOT NULL, 
	created_at DATETIME NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(group_id) REFERENCES circle_group (id) ON DELETE CASCADE
);

CREATE INDEX ix_group_plan_group_id ON group_plan (group_id);

CREATE TABLE membership (
	id INTEGER NOT NULL, 
	group_id INTEGER NOT NULL, 
	person_id INTEGER NOT NULL, 
	seat INTEGER NOT NULL, 
	away_until DATE, left_on DATE, 
	PRIMARY KEY (id), 
	FOREIGN KEY(group_id) REFERENCES circle_group (id) ON DELETE CASCADE, 
	FOREIGN KEY(person_id) REFERENCES person (id) ON DELETE CASCADE, 
	UNIQUE (group_id, person_id)
);

CREATE INDEX ix_membership_group_id ON membership (group_id);

CREATE INDEX ix_membership_person_id ON membership (person_id);

CREATE TABLE "person" (
	id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, 
	display_name VARCHAR NOT NULL, 
	short_name VARCHAR, 
	role VARCHAR NOT NULL, 
	birth_year INTEGER, 
	age_band VARCHAR, 
	created_at DATETIME NOT NULL, 
	listed BOOLEAN DEFAULT 1 NOT NULL
, source_id VARCHAR);

CREATE INDEX ix_person_source_id ON person (source_id);

CREATE TABLE person_guardian (
	id INTEGER NOT NULL, 
	child_id INTEGER NOT NULL, 
	guardian_id INTEGER NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(child_id) REFERENCES person (id) ON DELETE CASCADE, 
	FOREIGN KEY(guardian_id) REFERENCES person (id) ON DELETE CASCADE, 
	UNIQUE (child_id, guardian_id)
);

CREATE INDEX ix_person_guardian_child_id ON person_guardian (child_id);

CREATE INDEX ix_person_guardian_guardian_id ON person_guardian (guardian_id);

CREATE TABLE pre_meeting (
	id INTEGER NOT NULL, 
	case_id INTEGER NOT NULL, 
	participant_id INTEGER NOT NULL, 
	held_on DATE, 
	place VARCHAR NOT NULL, 
	explained VARCHAR NOT NULL, 
	expectations VARCHAR NOT NULL, 
	done BOOLEAN NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(case_id) REFERENCES conference_case (id) ON DELETE CASCADE, 
	FOREIGN KEY(participant_id) REFERENCES conference_participant (id) ON DELETE CASCADE
);

CREATE INDEX ix_pre_meeting_case_id ON pre_meeting (case_id);

CREATE INDEX ix_pre_meeting_participant_id ON pre_meeting (participant_id);

CREATE TABLE prompt_use (
	id INTEGER NOT NULL, 
	group_id INTEGER, 
	circle_id INTEGER, 
	bank_id VARCHAR NOT NULL, 
	prompt_id VARCHAR NOT NULL, 
	used_at DATETIME NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(circle_id) REFERENCES circle (id) ON DELETE SET NULL, 
	FOREIGN KEY(group_id) REFERENCES circle_group (id) ON DELETE CASCADE
);

CREATE INDEX ix_prompt_use_bank_id ON prompt_use (bank_id);

CREATE INDEX ix_prompt_use_circle_id ON prompt_use (circle_id);

CREATE INDEX ix_prompt_use_group_id ON prompt_use (group_id);

CREATE INDEX ix_prompt_use_last_use ON prompt_use (group_id, bank_id, prompt_id, id);

CREATE INDEX ix_prompt_use_used_at ON prompt_use (used_at);

CREATE TABLE turn (
	id INTEGER NOT NULL, 
	circle_id INTEGER NOT NULL, 
	seq INTEGER NOT NULL, 
	round_number INTEGER NOT NULL, 
	seat INTEGER NOT NULL, 
	person_id INTEGER, 
	outcome VARCHAR NOT NULL, 
	offer INTEGER NOT NULL, 
	started_at DATETIME NOT NULL, 
	ended_at DATETIME NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(circle_id) REFERENCES circle (id) ON DELETE CASCADE, 
	FOREIGN KEY(person_id) REFERENCES person (id) ON DELETE SET NULL, 
	UNIQUE (circle_id, seq)
);

CREATE INDEX ix_turn_circle_id ON turn (circle_id);

CREATE INDEX ix_turn_person_id ON turn (person_id);

INSERT INTO "alembic_version" ("version_num") VALUES ('0014');

INSERT INTO "sqlite_sequence" ("name", "seq") VALUES ('circle', 0);

INSERT INTO "sqlite_sequence" ("name", "seq") VALUES ('circle_group', 0);

INSERT INTO "sqlite_sequence" ("name", "seq") VALUES ('conference_case', 0);

INSERT INTO "sqlite_sequence" ("name", "seq") VALUES ('person', 0);
