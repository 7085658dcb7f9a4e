-- AlterEnum
-- A third kind of pledge: a policy or programme at a stated level (a benefit's amount or
-- duration). Its own migration: a new enum value cannot be used in the transaction that adds it.
ALTER TYPE "PledgeKind" ADD VALUE 'POLICY';
