module clientportal/app

go 1.26

require (
	clientportal/frontend v0.0.0
	clientportal/shared v0.0.0
)

replace (
	clientportal/frontend => ../frontend
	clientportal/shared => ../shared
)
