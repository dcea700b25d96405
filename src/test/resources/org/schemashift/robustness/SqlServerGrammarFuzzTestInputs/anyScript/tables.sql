CREATE TABLE [dbo].[Orders] (
  [OrderID] int IDENTITY(1,1) NOT NULL,
  [CustomerID] nchar(5) NULL,
  [OrderDate] datetime NULL DEFAULT (getdate()),
  [Freight] money NULL CONSTRAINT [DF_Freight] DEFAULT (0),
  CONSTRAINT [PK_Orders] PRIMARY KEY CLUSTERED ([OrderID] ASC)
)
GO
CREATE NONCLUSTERED INDEX [IX_Cust] ON [dbo].[Orders] ([CustomerID])
GO
ALTER TABLE [dbo].[Orders] WITH CHECK ADD CONSTRAINT [CK_Freight] CHECK (([Freight] >= (0)))
GO
