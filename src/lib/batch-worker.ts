/**
 * Entry of a worker thread of `parseMany`: parses the inputs it is sent, one
 * at a time, and sends back their records.
 *
 * Built to `dist/batch-worker.js` (see `tsup.config.ts`); run from source
 * through tsx’s loader.
 *
 * @module
 */

import {parentPort, workerData} from 'node:worker_threads'
import {type Job, runJob, toErrorRecord, type WorkerData, type WorkerMessage} from './batch-job.js'

const port = parentPort

if (!port) throw new Error('`batch-worker` runs in a worker thread of `parseMany`')

const {options} = workerData as WorkerData

port.on('message', (job: Job) => {
  const outcome = runJob(job, options)
  let message: WorkerMessage = {type: 'done', index: job.index, outcome}

  try {
    port.postMessage(message)
  } catch (error) {
    // Should a result not clone, report it as the error of its input.
    message = {type: 'done', index: job.index, outcome: {ok: false, error: toErrorRecord(error)}}
    port.postMessage(message)
  }
})

const ready: WorkerMessage = {type: 'ready'}
port.postMessage(ready)
