/**
 * Generated from openapi/pipewatch.yaml by `npm run gen:api` (scripts/gen-api-types.ts).
 * Do not edit by hand: change the OpenAPI document and regenerate.
 */

export interface paths {
    "/api/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The signed-in user (added)
         * @description The name and role of the token's owner; the dashboard hides or disables what the role
         *     may not do.
         *
         *     Roles: admin, editor, viewer
         */
        get: operations["getMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/pipelines": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every pipeline (added)
         * @description Every pipeline with its connector, last run and touch-file polling state, filtered by
         *     `q` and `status` and sorted by `sort` and `order`. Large installations page it: pass
         *     `limit` and, for the next page, the `nextCursor` (or `cursor`) of the previous answer;
         *     or jump straight to row `offset`, which is what a virtualised list needs to show the
         *     rows at any scroll position without reading the pages before them. `total` counts the
         *     pipelines that match the filters; `counts` counts every pipeline by last-run status,
         *     whatever the filters, so a summary does not move while someone types. Without
         *     `hasMore: true` (or with `nextCursor: null`) the list is complete. An older API may
         *     ignore every one of these parameters and send the whole list: clients filter and sort
         *     that themselves (an answer without `offset` is such an answer).
         *
         *     Roles: admin, editor, viewer
         */
        get: operations["listPipelines"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/pipelines/poll": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Polling status
         * @description Check polling status for all active pipelines with file-based polling enabled.
         *
         *     Roles: any authenticated
         */
        get: operations["getPollStatus"];
        put?: never;
        /**
         * Trigger one polling cycle
         * @description Manually trigger one polling cycle. Checks all active pipelines with polling enabled
         *     for their touch file and triggers runs when found.
         *
         *     Roles: admin, editor
         */
        post: operations["runPollCycle"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/pipelines/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One pipeline (added)
         * @description One pipeline, with the fields of the pipeline objects in the poll response.
         *
         *     Roles: admin, editor, viewer
         */
        get: operations["getPipeline"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/pipelines/{pipeline_id}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Pipeline Status
         * @description Get the status of a pipeline by ID.
         *
         *     Roles: admin, editor, viewer
         */
        get: operations["getPipelineStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/pipelines/{id}/runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A pipeline's runs (added)
         * @description The pipeline's runs, newest first, with retry lineage in `metadata`.
         *
         *     Roles: admin, editor, viewer
         */
        get: operations["listRuns"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/pipelines/{id}/runs/{runId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One run (added)
         * @description One run; its `metadata` tells whether it retries another run and from which row it
         *     resumed.
         *
         *     Roles: admin, editor, viewer
         */
        get: operations["getRun"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/pipelines/{id}/runs/{runId}/progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Run progress
         * @description Returns detailed progress information for a pipeline run including row counts,
         *     partition details, ETA, validation errors (first 20), and log entries.
         *
         *     Roles: admin, editor, viewer
         */
        get: operations["getRunProgress"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/pipelines/{id}/runs/{runId}/errors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Validation errors of a run
         * @description Returns all validation errors for a pipeline run. Supports both JSON and CSV formats via
         *     the Accept header: `Accept: application/json` returns JSON (default), `Accept: text/csv`
         *     returns a downloadable CSV file.
         *
         *     For large error lists, `offset` and `limit` page the JSON answer (added); without them
         *     the answer holds all errors.
         *
         *     Roles: admin, editor, viewer
         */
        get: operations["getRunErrors"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/pipelines/{id}/runs/{runId}/errors/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Validation errors of a run, counted by column and error (added)
         * @description Added by DESIGN.md. Every validation error of the run so far, counted by source column
         *     and error message, largest count first. `total` is the number of errors counted (the
         *     same as the errors endpoint's `total` at that moment). An API without this endpoint
         *     answers 404: the client then counts the groups itself from the error pages.
         *
         *     Roles: admin, editor, viewer
         */
        get: operations["getRunErrorSummary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/pipelines/{id}/runs/{runId}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Retry a run
         * @description Retry a failed or partially-failed pipeline run. Creates a new run with checkpoint
         *     support for resumable load strategies.
         *
         *     | Load Strategy | Resume Support | Behavior |
         *     | --- | --- | --- |
         *     | append | Yes | Resumes from the last processed row |
         *     | upsert | Yes | Resumes from the last processed row |
         *     | replace | No | Full re-run from the beginning |
         *
         *     Only runs with status failed or completed_with_errors can be retried. Attempting to
         *     retry a running or completed run returns 422.
         *
         *     Roles: admin, editor
         */
        post: operations["retryRun"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Runs across all pipelines (added)
         * @description Every run of every pipeline, newest first (by `startedAt`, then id), each with its
         *     pipeline's name. `q`, `status` and `since` narrow the list; `total` counts every run
         *     that matches them, not only this page, and `counts` counts the runs matching `q` and
         *     `since` by status, whatever `status` says, so a summary does not move when a status is
         *     ticked. Page with `limit` and the previous answer's `nextCursor` (`nextCursor: null`
         *     means the list is complete), or jump straight to row `offset`, which is what a
         *     virtualised list needs to show the rows at any scroll position. A client must also
         *     cope with an older API that ignores `q`, `since`, `status` and `offset` (it filters
         *     what it gets; an answer without `offset` is such an answer).
         *
         *     Roles: admin, editor, viewer
         */
        get: operations["listAllRuns"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/pipelines/{id}/progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Pipeline Progress
         * @description Poll phase-by-phase progress for a pipeline run: per-phase document counts (completed,
         *     running, pending, errors) plus per-document error detail.
         *
         *     Poll a pipeline run's phase-by-phase progress. The response reports overall document
         *     counts plus one row per phase, each carrying how many documents have completed, are
         *     running, are pending, or errored in that phase. Phase rows are derived from the run's
         *     actual compiled phase config, not a hardcoded list, so a run with no transfer phase
         *     never shows a phantom "transfer" row stuck at pending.
         *
         *     Each document moves through the per-document phases sequentially: transfer, extraction,
         *     resolution, then validation checkpoints. Pipeline-scoped phases such as assembly run
         *     once after every document is terminal, so they report a single status and scope:
         *     "pipeline" instead of per-document counters. The errors array surfaces per-document
         *     failures, including documents that errored before reaching any phase, so no failure is
         *     invisible.
         *
         *     When completedDocuments plus errorDocuments reaches totalDocuments, the run is terminal.
         *     The dashboard addresses the run by its run id (DESIGN.md).
         *
         *     Roles: admin, editor, viewer (an API key with the read scope)
         */
        get: operations["getRunPhases"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v0/pipelines/{pipeline_name}/checkpoints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the checkpoints for a pipeline
         * @description Retrieve the current checkpoints made by a pipeline.
         *
         *     Roles: admin, editor, viewer
         */
        get: operations["listCheckpoints"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v0/pipelines/{pipeline_name}/completion_status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Check Completion Status
         * @description Check the status of a completion token returned by the /ingress or /completion_token
         *     endpoint.
         *
         *     Roles: admin, editor, viewer
         */
        get: operations["getCompletionStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description Information returned by REST API endpoints on error. */
        ErrorBody: {
            /** @description Human-readable error message. */
            message: string;
            /** @description Error code is a string that specifies this error type. */
            error_code: string;
            /** @description Detailed error metadata. The contents of this field is determined by `error_code`. */
            details: {
                [key: string]: unknown;
            };
        };
        /** @enum {string} */
        Role: "admin" | "editor" | "viewer";
        Me: {
            name: string;
            role: components["schemas"]["Role"];
        };
        /** @description File-based (touch-file) polling of a pipeline. */
        PollingConfig: {
            enabled: boolean;
            intervalMinutes?: number;
            touchFile?: string;
            prefix?: string;
            deleteAfterProcess?: boolean;
        };
        Pipeline: {
            id: string;
            name: string;
            connector?: string;
            /** @description Kind of connector, e.g. s3. */
            connectorType?: string;
            polling?: components["schemas"]["PollingConfig"];
            /**
             * Format: date-time
             * @description Start of the latest run; null when the pipeline never ran.
             */
            lastRunAt?: string | null;
            /** @description Status of the latest run; null when the pipeline never ran. */
            lastRunStatus?: components["schemas"]["RunStatus"] | null;
        };
        PipelineList: {
            pipelines: components["schemas"]["Pipeline"][];
            /** @description Number of pipelines that match `q` and `status`, not only in this page. */
            total: number;
            counts?: components["schemas"]["PipelineStatusCounts"];
            /** @description Row of the filtered, sorted list that this answer starts at. An API that pages by these parameters always sends it. */
            offset?: number;
            /** @description Pass as `cursor` to read the next page; null on the last page. */
            nextCursor?: string | null;
            /** @description True when another page follows; read it with `cursor`. */
            hasMore?: boolean;
            /** @description Same as `nextCursor` (kept for clients of the first version of this endpoint). */
            cursor?: string | null;
        };
        /** @enum {string} */
        PipelineSortKey: "name" | "connector" | "status" | "lastRun" | "polling";
        /**
         * @description Every pipeline counted by last-run status, whatever `q` and `status` say; `none` counts
         *     the pipelines that never ran, so the values add up to the number of pipelines. Keys are
         *     last-run statuses, including ones newer than this document.
         */
        PipelineStatusCounts: {
            running?: number;
            failed?: number;
            completed_with_errors?: number;
            completed?: number;
            pending?: number;
            none?: number;
        } & {
            [key: string]: number;
        };
        PollStatus: {
            pipelines: components["schemas"]["Pipeline"][];
            total: number;
        };
        PollCycleResult: {
            message: string;
            checked: number;
            triggered: number;
        };
        /**
         * @description Status of the ingestion.
         * @enum {string}
         */
        IngestionStatusValue: "NOT_STARTED" | "IN_PROGRESS" | "SUCCESS" | "ERROR" | "PARTIAL_SUCCESS" | "CANCELLED";
        /**
         * @description Name of the job that failed.
         * @enum {string}
         */
        IngestionStep: "MANAGED_INGESTION" | "DATA_SOURCE" | "FILE_UPDATER" | "PARSE" | "TRANSFORM" | "INGESTION" | "METADATA_UPDATE";
        IngestionError: {
            /**
             * Format: uuid
             * @description ID of the job that failed.
             */
            job_id: string;
            /** @description List of errors that occurred during ingestion. */
            message: string;
            step: components["schemas"]["IngestionStep"];
        };
        /** @description ManagedIngestionStatusResponse */
        IngestionStatus: {
            status: components["schemas"]["IngestionStatusValue"];
            /**
             * Format: date-time
             * @description Date of the deployment.
             */
            deployment_date?: string | null;
            /**
             * Format: date-time
             * @description When the status is effective
             */
            effective_at?: string | null;
            /** @description List of errors that occurred during ingestion. */
            error?: components["schemas"]["IngestionError"][] | null;
            /**
             * Format: uuid
             * @description ID of the latest job.
             */
            job_id?: string | null;
        };
        /** @enum {string} */
        RunStatus: "pending" | "running" | "completed" | "failed" | "completed_with_errors";
        /**
         * @description Load strategy used (append, upsert, replace)
         * @enum {string}
         */
        LoadStrategy: "append" | "upsert" | "replace";
        LogEntry: {
            stage: string;
            message: string;
            /** Format: date-time */
            timestamp: string;
        };
        /** @description Retry lineage of a run. */
        RunMetadata: {
            /** @description The run this run retries. */
            retryOf?: string | null;
            /** @description The row this run resumed from (0 for a full re-run). */
            resumeFromRow?: number | null;
            /** @description Whether the load strategy supports resuming (append, upsert). */
            resumable?: boolean;
        };
        Run: {
            id: string;
            pipelineId: string;
            status: components["schemas"]["RunStatus"];
            loadStrategy: components["schemas"]["LoadStrategy"];
            /**
             * Format: date-time
             * @description When the run was created; always present in a run list (added).
             */
            startedAt?: string;
            /** @description Elapsed time in milliseconds (added). */
            durationMs?: number;
            /** @description Total rows to process (added). */
            totalRows?: number;
            /** @description Rows processed so far (added). */
            processedRows?: number;
            /** @description Rows that failed validation (added). */
            failedRows?: number;
            metadata?: components["schemas"]["RunMetadata"];
            log?: components["schemas"]["LogEntry"][];
        };
        RunList: {
            /** @description Newest first. */
            runs: WithRequired<components["schemas"]["Run"], "startedAt">[];
            total: number;
        };
        /** @description A run as a pipeline's run list has it, plus the name of its pipeline. */
        RunAcrossPipelines: {
            pipelineName: string;
        } & WithRequired<components["schemas"]["Run"], "startedAt">;
        RunAcrossPipelinesList: {
            /** @description Newest first. */
            runs: components["schemas"]["RunAcrossPipelines"][];
            /** @description Number of runs matching `q`, `status` and `since`, not only in this page. */
            total: number;
            /**
             * @description The runs matching `q` and `since` counted by status, whatever `status` says. Keys
             *     are run statuses, including ones newer than this document.
             */
            counts?: {
                [key: string]: number;
            };
            /** @description Row of the filtered list that this answer starts at. An API that pages by `offset` always sends it. */
            offset?: number;
            /** @description Pass as `cursor` to read the next page; null on the last page. */
            nextCursor: string | null;
        };
        PartitionDetail: {
            index: number;
            status: components["schemas"]["RunStatus"];
            rows?: number;
            /** @description Percent done, sent while the partition is running. */
            progress?: number;
        };
        ValidationError: {
            row: number;
            column: string;
            value: string;
            error: string;
        };
        ValidationErrorList: {
            runId: string;
            /** @description Number of errors of the run, not only in this page. */
            total: number;
            errors: components["schemas"]["ValidationError"][];
        };
        ValidationErrorGroup: {
            column: string;
            error: string;
            count: number;
        };
        ValidationErrorSummary: {
            /** @description Number of errors counted; the sum of the groups' counts. */
            total: number;
            /** @description One per source column and error message, largest count first. */
            groups: components["schemas"]["ValidationErrorGroup"][];
        };
        RunProgress: {
            status: components["schemas"]["RunStatus"];
            /** @description Total rows to process */
            totalRows: number;
            /** @description Rows processed so far */
            processedRows: number;
            /** @description Rows that failed validation */
            failedRows?: number;
            /** @description Rows skipped (e.g., duplicates) */
            skippedRows?: number;
            /** @description Total partition count */
            partitions?: number;
            /** @description Partitions finished */
            completedPartitions?: number;
            /** @description Per-partition status breakdown */
            partitionDetails?: components["schemas"]["PartitionDetail"][];
            /** @description First 20 validation errors (use the errors endpoint for full list) */
            validationErrors?: components["schemas"]["ValidationError"][];
            /** @description Estimated time remaining (e.g., "3m", "1.2h") */
            eta?: string | null;
            /** @description Elapsed time in milliseconds */
            durationMs?: number;
            loadStrategy?: components["schemas"]["LoadStrategy"];
            /** @description Execution log entries */
            log?: components["schemas"]["LogEntry"][];
        };
        Phase: {
            phaseId: string;
            name: string;
            type: string;
            /** @description "pipeline" for pipeline-scoped phases such as assembly. */
            scope?: string;
            /** @description Status of a pipeline-scoped phase; trust it over the counters. */
            status?: string | null;
            completed: number;
            running: number;
            pending: number;
            errors: number;
        };
        DocumentError: {
            pipelineDocumentId: string;
            documentId?: string | null;
            /** @description Null for a document that errored before reaching any phase. */
            phase?: string | null;
            message: string;
        };
        RunPhases: {
            pipelineId: string;
            status: string;
            totalDocuments: number;
            completedDocuments: number;
            errorDocuments: number;
            phases: components["schemas"]["Phase"][];
            errors?: components["schemas"]["DocumentError"][];
        };
        /**
         * @description Holds meta-data about a checkpoint that was taken for persistent storage and recovery of
         *     a circuit's state.
         */
        Checkpoint: {
            /**
             * Format: uuid
             * @description A unique identifier for the given checkpoint. This is used to identify the checkpoint
             *     in the file-system hierarchy.
             */
            uuid: string;
            /**
             * Format: uint64
             * @description Fingerprint of the circuit at the time of the checkpoint. Unsigned 64-bit, up to
             *     18446744073709551615 (format uint64 of the OpenAPI format registry).
             */
            fingerprint: bigint;
            /** @description An optional name for the checkpoint. */
            identifier?: string | null;
            /**
             * Format: int64
             * @description Total number of records processed.
             */
            processed_records?: bigint | null;
            /**
             * Format: int64
             * @description Total size of the checkpoint files in bytes.
             */
            size?: bigint | null;
            /**
             * Format: int64
             * @description Total number of steps made.
             */
            steps?: bigint | null;
        };
        CompletionStatus: {
            /**
             * @description Completion token status returned by the /completion_status endpoint.
             * @enum {string}
             */
            status: "complete" | "inprogress";
            /**
             * Format: int64
             * @description If all of the data associated with the token has been processed through the pipeline,
             *     this is the final step that includes at least one record. When the pipeline's
             *     total_completed_steps reaches this value, the token has been completed.
             *
             *     This is None before the data associated with the token has been processed through the
             *     pipeline.
             */
            step?: bigint | null;
        };
    };
    responses: {
        /** @description No token, or a token the API does not accept. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** @description The token's role may not do this. */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** @description Pipeline not found */
        PipelineNotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** @description Pipeline or run not found */
        RunNotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** @description Internal error. */
        InternalError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** @description The service is unavailable; try again later. */
        Unavailable: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
    };
    parameters: {
        /** @description Pipeline ID */
        PipelineId: string;
        /** @description Pipeline run ID */
        RunId: string;
        /** @description Unique pipeline name (URL-encoded) */
        PipelineName: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The token's user. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Me"];
                };
            };
            401: components["responses"]["Unauthorized"];
        };
    };
    listPipelines: {
        parameters: {
            query?: {
                /** @description Text matched case-insensitively against name, id, connector, connector type, touch file and prefix. */
                q?: string;
                /**
                 * @description Comma-separated last-run statuses to keep; `none` keeps pipelines that never ran. Unknown statuses are allowed (they match nothing, or a status newer than this document).
                 * @example failed,completed_with_errors
                 */
                status?: string;
                /** @description The column to sort by. Missing values (never ran, no connector, no polling) sort last either way; ties read by name, then id. */
                sort?: components["schemas"]["PipelineSortKey"];
                /** @description Sort direction; for `status`, ascending means most urgent first (failed, completed_with_errors, running, pending, completed, then unknown ones). Default `asc`. */
                order?: "asc" | "desc";
                /** @description Largest number of pipelines in one answer (at most 1000). */
                limit?: number;
                /** @description The `nextCursor` of the previous answer, to read the next page. */
                cursor?: string;
                /** @description Start at this row of the filtered, sorted list (random access for virtualised lists). Ignored when `cursor` is given. */
                offset?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The pipelines (one page of them when `hasMore` is true). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PipelineList"];
                };
            };
            /** @description A parameter the API cannot read (an unknown `sort`, an `order` other than asc or desc, a malformed `cursor`, `limit` or `offset`); `details` names it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            401: components["responses"]["Unauthorized"];
        };
    };
    getPollStatus: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Polling status of every pipeline with file-based polling enabled. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "pipelines": [
                     *         {
                     *           "id": "pipe_001",
                     *           "name": "Daily Customer Import",
                     *           "connector": "Production S3",
                     *           "connectorType": "s3",
                     *           "polling": {
                     *             "enabled": true,
                     *             "intervalMinutes": 15,
                     *             "touchFile": "_READY.dat",
                     *             "prefix": "data/customers/",
                     *             "deleteAfterProcess": true
                     *           },
                     *           "lastRunAt": "2026-03-30T02:00:00Z",
                     *           "lastRunStatus": "completed"
                     *         }
                     *       ],
                     *       "total": 1
                     *     }
                     */
                    "application/json": components["schemas"]["PollStatus"];
                };
            };
            401: components["responses"]["Unauthorized"];
        };
    };
    runPollCycle: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The polling cycle ran. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Polling cycle complete: checked 3 pipelines, triggered 1 runs",
                     *       "checked": 3,
                     *       "triggered": 1
                     *     }
                     */
                    "application/json": components["schemas"]["PollCycleResult"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    getPipeline: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Pipeline ID */
                id: components["parameters"]["PipelineId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The pipeline. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Pipeline"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["PipelineNotFound"];
        };
    };
    getPipelineStatus: {
        parameters: {
            query?: {
                full_details?: boolean | null;
            };
            header?: never;
            path: {
                /** @description Pipeline ID */
                pipeline_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description ManagedIngestionStatusResponse */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "NOT_STARTED",
                     *       "deployment_date": "2019-12-27T18:11:19.117Z",
                     *       "effective_at": "2019-12-27T18:11:19.117Z",
                     *       "error": [
                     *         {
                     *           "job_id": "182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e",
                     *           "message": "message",
                     *           "step": "MANAGED_INGESTION"
                     *         }
                     *       ],
                     *       "job_id": "182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e"
                     *     }
                     */
                    "application/json": components["schemas"]["IngestionStatus"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["PipelineNotFound"];
        };
    };
    listRuns: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Pipeline ID */
                id: components["parameters"]["PipelineId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The runs, newest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RunList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["PipelineNotFound"];
        };
    };
    getRun: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Pipeline ID */
                id: components["parameters"]["PipelineId"];
                /** @description Pipeline run ID */
                runId: components["parameters"]["RunId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The run. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Run"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["RunNotFound"];
        };
    };
    getRunProgress: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Pipeline ID */
                id: components["parameters"]["PipelineId"];
                /** @description Pipeline run ID */
                runId: components["parameters"]["RunId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The run's progress. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "running",
                     *       "totalRows": 50000,
                     *       "processedRows": 32000,
                     *       "failedRows": 12,
                     *       "skippedRows": 3,
                     *       "partitions": 4,
                     *       "completedPartitions": 2,
                     *       "partitionDetails": [
                     *         {
                     *           "index": 0,
                     *           "status": "completed",
                     *           "rows": 12500
                     *         },
                     *         {
                     *           "index": 1,
                     *           "status": "completed",
                     *           "rows": 12500
                     *         },
                     *         {
                     *           "index": 2,
                     *           "status": "running",
                     *           "rows": 7000,
                     *           "progress": 56
                     *         },
                     *         {
                     *           "index": 3,
                     *           "status": "pending",
                     *           "rows": 0
                     *         }
                     *       ],
                     *       "validationErrors": [
                     *         {
                     *           "row": 142,
                     *           "column": "email",
                     *           "value": "not-an-email",
                     *           "error": "Invalid email format"
                     *         }
                     *       ],
                     *       "eta": "3m",
                     *       "durationMs": 45200,
                     *       "loadStrategy": "upsert",
                     *       "log": [
                     *         {
                     *           "stage": "extract",
                     *           "message": "Read 50000 rows from source",
                     *           "timestamp": "2026-03-30T10:00:05Z"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["RunProgress"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["RunNotFound"];
        };
    };
    getRunErrors: {
        parameters: {
            query?: {
                /** @description Index of the first error to return (added). */
                offset?: number;
                /** @description Largest number of errors to return (added). */
                limit?: number;
            };
            header?: never;
            path: {
                /** @description Pipeline ID */
                id: components["parameters"]["PipelineId"];
                /** @description Pipeline run ID */
                runId: components["parameters"]["RunId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /**
             * @description The run's validation errors. With `Accept: text/csv`, a downloadable CSV file with
             *     headers: Row, Column, Value, Error.
             */
            200: {
                headers: {
                    /** @description Sent with the CSV answer: `attachment; filename="pipeline-run-{runId}-errors.csv"`. */
                    "Content-Disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "runId": "run_001",
                     *       "total": 12,
                     *       "errors": [
                     *         {
                     *           "row": 142,
                     *           "column": "email",
                     *           "value": "not-an-email",
                     *           "error": "Invalid email format"
                     *         },
                     *         {
                     *           "row": 305,
                     *           "column": "age",
                     *           "value": "abc",
                     *           "error": "Expected integer"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ValidationErrorList"];
                    "text/csv": string;
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["RunNotFound"];
        };
    };
    getRunErrorSummary: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Pipeline ID */
                id: components["parameters"]["PipelineId"];
                /** @description Pipeline run ID */
                runId: components["parameters"]["RunId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The run's errors by column and error. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "total": 2,
                     *       "groups": [
                     *         {
                     *           "column": "email",
                     *           "error": "Invalid email format",
                     *           "count": 1
                     *         },
                     *         {
                     *           "column": "age",
                     *           "error": "Expected integer",
                     *           "count": 1
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ValidationErrorSummary"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["RunNotFound"];
        };
    };
    retryRun: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A key the client picks once per retry intent (added). The same key sent again
                 *     answers the run it already created instead of creating a second one, so a retry
                 *     cannot fire twice.
                 */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description Pipeline ID */
                id: components["parameters"]["PipelineId"];
                /** @description Original run ID to retry */
                runId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The new run. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "run_002",
                     *       "pipelineId": "pipe_001",
                     *       "status": "pending",
                     *       "loadStrategy": "upsert",
                     *       "metadata": {
                     *         "retryOf": "run_001",
                     *         "resumeFromRow": 32000,
                     *         "resumable": true
                     *       },
                     *       "log": [
                     *         {
                     *           "stage": "retry",
                     *           "message": "Resuming from row 32000 (original run: run_001)",
                     *           "timestamp": "2026-03-30T12:00:00Z"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Run"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["RunNotFound"];
            /** @description Run status does not allow retry (must be failed or completed_with_errors) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listAllRuns: {
        parameters: {
            query?: {
                /** @description Text matched case-insensitively against the pipeline's name, the pipeline id and the run id. */
                q?: string;
                /** @description Comma-separated run statuses, e.g. `failed,completed_with_errors`. */
                status?: string;
                /** @description Only runs that started at or after this time (ISO 8601). */
                since?: string;
                /** @description Largest number of runs in one answer (the demo API caps it at 1,000). */
                limit?: number;
                /** @description The `nextCursor` of the previous answer, to read the next page. */
                cursor?: string;
                /** @description Start at this row of the filtered list (random access for virtualised lists). Ignored when `cursor` is given. */
                offset?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The runs (one page of them when `nextCursor` is not null). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RunAcrossPipelinesList"];
                };
            };
            /** @description A query parameter is not valid (`since` not a time, `limit` or `offset` not an integer, an unknown cursor). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            401: components["responses"]["Unauthorized"];
        };
    };
    getRunPhases: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The pipeline run (its run id, e.g. a1b2c3d4-e5f6-7890-abcd-ef1234567890). */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The run's phases. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "pipelineId": "a1b2c3d4-e5f6-7890-abcd-ef1234567890",
                     *       "status": "active",
                     *       "totalDocuments": 24,
                     *       "completedDocuments": 15,
                     *       "errorDocuments": 1,
                     *       "phases": [
                     *         {
                     *           "phaseId": "transfer",
                     *           "name": "Transfer",
                     *           "type": "transfer",
                     *           "completed": 24,
                     *           "running": 0,
                     *           "pending": 0,
                     *           "errors": 0
                     *         },
                     *         {
                     *           "phaseId": "extraction",
                     *           "name": "Extraction",
                     *           "type": "extraction",
                     *           "completed": 23,
                     *           "running": 6,
                     *           "pending": 0,
                     *           "errors": 1
                     *         },
                     *         {
                     *           "phaseId": "resolution",
                     *           "name": "Resolution",
                     *           "type": "resolution",
                     *           "completed": 16,
                     *           "running": 7,
                     *           "pending": 1,
                     *           "errors": 0
                     *         },
                     *         {
                     *           "phaseId": "validation",
                     *           "name": "Validation",
                     *           "type": "validation",
                     *           "completed": 15,
                     *           "running": 2,
                     *           "pending": 7,
                     *           "errors": 0
                     *         },
                     *         {
                     *           "phaseId": "assembly",
                     *           "name": "Assembly",
                     *           "type": "assembly",
                     *           "scope": "pipeline",
                     *           "status": null,
                     *           "completed": 0,
                     *           "running": 0,
                     *           "pending": 24,
                     *           "errors": 0
                     *         }
                     *       ],
                     *       "errors": [
                     *         {
                     *           "pipelineDocumentId": "pd_uuid_9",
                     *           "documentId": "doc_uuid_9",
                     *           "phase": "extraction",
                     *           "message": "Extraction failed after 3 attempts."
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["RunPhases"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /**
             * @description Unknown run, or a run that has no phases (DESIGN.md: the run page then says so instead
             *     of showing an empty chart).
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listCheckpoints: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Unique pipeline name (URL-encoded) */
                pipeline_name: components["parameters"]["PipelineName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Checkpoints retrieved successfully */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Checkpoint"][];
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description Pipeline with that name does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Unknown pipeline name 'non-existent-pipeline'",
                     *       "error_code": "UnknownPipelineName",
                     *       "details": {
                     *         "pipeline_name": "non-existent-pipeline"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    getCompletionStatus: {
        parameters: {
            query: {
                /** @description Completion token returned by the '/ingress' or '/completion_status' endpoint. */
                token: string;
            };
            header?: never;
            path: {
                /** @description Unique pipeline name (URL-encoded) */
                pipeline_name: components["parameters"]["PipelineName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The pipeline has finished processing inputs associated with the provided completion token. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CompletionStatus"];
                };
            };
            /** @description The pipeline is still processing inputs associated with the provided completion token. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CompletionStatus"];
                };
            };
            /** @description An invalid completion token was provided */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description Pipeline with that name does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /**
             * @description Completion token was created by a previous incarnation of the pipeline and is not
             *     valid for the current incarnation. This indicates that the pipeline was suspended and
             *     resumed from a checkpoint or restarted after a failure.
             */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            500: components["responses"]["InternalError"];
            /**
             * @description The pipeline cannot be reached or is not deployed: `error_code`
             *     `PipelineInteractionUnreachable` or `PipelineInteractionNotDeployed` (DESIGN.md).
             */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
}
type WithRequired<T, K extends keyof T> = T & {
    [P in K]-?: T[P];
};
