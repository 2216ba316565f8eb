package desk

import (
	"context"

	"clientportal/app/internal/localdb"
	"clientportal/shared/api"
)

// call runs one owner API call on the active account and records whether
// the server answered; these actions need the server (none is queued).
func call[T any](a *App, f func(c *api.Client) (T, error)) (T, error) {
	c, err := a.Current()
	if err != nil {
		var zero T
		return zero, err
	}
	out, err := f(c.Client)
	a.observe(err)
	return out, err
}

// Courses lists the workspace's courses.
func (a *App) Courses(ctx context.Context) (api.CourseList, error) {
	return call(a, func(c *api.Client) (api.CourseList, error) { return c.Courses(ctx) })
}

// Course fetches one course with its modules and lessons.
func (a *App) Course(ctx context.Context, id string) (api.Course, error) {
	return call(a, func(c *api.Client) (api.Course, error) { return c.Course(ctx, id) })
}

// CreateCourse creates a draft course with its modules and lessons.
func (a *App) CreateCourse(ctx context.Context, in api.CourseInput) (api.Course, error) {
	return call(a, func(c *api.Client) (api.Course, error) { return c.CreateCourse(ctx, in, localdb.NewKey()) })
}

// PublishCourse makes a course visible to the clients granted it.
func (a *App) PublishCourse(ctx context.Context, id string) (api.Course, error) {
	return call(a, func(c *api.Client) (api.Course, error) { return c.PublishCourse(ctx, id, localdb.NewKey()) })
}

// GrantCourse gives contacts (or every joined contact) access to a course.
func (a *App) GrantCourse(ctx context.Context, id string, in api.GrantInput) (api.GrantResult, error) {
	return call(a, func(c *api.Client) (api.GrantResult, error) { return c.GrantCourse(ctx, id, in, localdb.NewKey()) })
}

// CourseProgress reports each granted client's progress through a course.
func (a *App) CourseProgress(ctx context.Context, id string) (api.CourseProgress, error) {
	return call(a, func(c *api.Client) (api.CourseProgress, error) { return c.CourseProgressOf(ctx, id) })
}
