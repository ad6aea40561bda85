-- Two or more instances of the service on one database: the registry-retry worker of each claims the requests it
-- retries, for a lease, so that each retry runs once, and a crashed instance's claims lapse and are taken over. Both
-- times are the database server's, so that the instances' clocks need not agree. A claim changes neither the request
-- nor its version. (V15 is the consent challenges.)
ALTER TABLE certification_request ADD COLUMN retry_claimed_by VARCHAR(64);
ALTER TABLE certification_request ADD COLUMN retry_claimed_until TIMESTAMP WITH TIME ZONE;
