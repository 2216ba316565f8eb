module clientportal/shared

go 1.26
