import { parentPort, workerData } from "node:worker_threads";
import { type TrainingSet, trainFromSet } from "./classifier-training.js";

// The worker thread of trainInWorker: trains on the set it was given and sends the weights back as flat arrays.
const state = trainFromSet(workerData as TrainingSet).toState();
parentPort!.postMessage(state, [state.offsets.buffer, state.entries.buffer, state.values.buffer] as ArrayBuffer[]);
