// The specs start real servers on a 2-core machine: run them one at a time so timings are not distorted by each other.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
