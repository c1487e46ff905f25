/**
 * Background work for the desktop app. A {@link dev.ratecard.ui.task.BackgroundTask} says what to do and what
 * to do afterwards; a {@link dev.ratecard.ui.task.TaskExecutor} runs it and delivers progress and outcome on
 * the UI thread. The FX executor is the one place where work crosses to the FX thread; tests run tasks inline.
 */
package dev.ratecard.ui.task;
