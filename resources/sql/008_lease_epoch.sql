-- SPDX-License-Identifier: Apache-2.0
-- The batch sync's lease is a fence, not only a flag: each time a process takes it the epoch grows by one,
-- and every step of a run that sends to Go Cards or changes the queue checks, in its own transaction, that
-- the lease still has the epoch it took. A process that was paused past its lease (or lost the database)
-- and wakes up after another took over finds a newer epoch and stops before it sends anything.
ALTER TABLE sync_lease ADD COLUMN epoch BIGINT NOT NULL DEFAULT 0;
