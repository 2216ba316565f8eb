module clientportal/frontend

go 1.26
