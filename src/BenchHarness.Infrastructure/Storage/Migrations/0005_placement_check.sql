-- What the memory model predicted per device and kind against the buffers the server reported, and whether the
-- effective placement differs from the plan. Null where no prediction or no buffer sizes were available.
ALTER TABLE variant_launch
    ADD COLUMN placement_check   jsonb,
    ADD COLUMN placement_differs boolean;
